// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace vigie::core {

// Why a document could not be read, in words a user can act on ("not a valid PDF (damaged or
// truncated)", "password-protected PDF", "invalid byte 0xE9 at line 3"). The message never names
// the file: the caller, which knows it, prefixes it. Thrown by every extractor in import/.
class ImportError : public std::runtime_error
{
public:
    explicit ImportError(const std::string &problem)
        : std::runtime_error(problem)
    {
    }
};

} // namespace vigie::core
