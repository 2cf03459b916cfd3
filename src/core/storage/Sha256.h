// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace vigie::core {

// SHA-256 (FIPS 180-4) of `data`, as 64 lower-case hex digits. Used as the content hash that
// recognises a programme imported twice. Pure and thread-safe.
std::string sha256Hex(std::string_view data);

} // namespace vigie::core
