// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace vigie::core {

// Every file Vigie reads (documents, manifests, projects lists, dictionaries, evaluation sets) is
// read through readRegularFile(): a named pipe is refused instead of blocking for ever, a device
// (`/dev/zero`) instead of filling memory, and a file that grows past the limit while it is read
// (or that reports no size, as /proc files do) is cut off at the limit and refused.
struct RegularFile
{
    enum class Failure {
        None,
        NoSuchFile,
        IsFolder,
        NotRegular, // `special` says what it is
        TooLarge,
        CannotOpen, // errno in `error`
        ReadError, // errno in `error`
    };

    Failure failure = Failure::None;
    std::string bytes; // the whole file when failure is None
    std::string special; // "fifo", "socket", "character-device", "block-device": for NotRegular
    int error = 0;

    bool ok() const { return failure == Failure::None; }
};

RegularFile readRegularFile(const std::string &path, std::uintmax_t maxBytes);

// What `path` is when it is not a regular file ("fifo", "socket", "character-device",
// "block-device", "special"), from one stat() that follows links; empty for a regular file or one
// that cannot be looked at.
std::string specialFileKind(const std::string &path);

// What a special file is, in English ("a named pipe (FIFO)"), from RegularFile::special.
std::string describeSpecialFile(const std::string &special);

} // namespace vigie::core
