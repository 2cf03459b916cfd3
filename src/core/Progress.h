// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace vigie::core {

// Progress of a long core operation: `done` out of `total`, and what is being worked on. Called on
// the operation's thread; the window forwards it to the GUI thread. May be empty.
using ProgressSink = std::function<void(std::int64_t done, std::int64_t total, const std::string &current)>;

} // namespace vigie::core
