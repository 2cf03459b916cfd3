// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/RegularFile.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vigie::core {

namespace {

const char *specialKind(mode_t mode)
{
    if (S_ISFIFO(mode))
        return "fifo";
    if (S_ISSOCK(mode))
        return "socket";
    if (S_ISCHR(mode))
        return "character-device";
    if (S_ISBLK(mode))
        return "block-device";
    return "special";
}

class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    { }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

RegularFile readRegularFile(const std::string &path, std::uintmax_t maxBytes)
{
    RegularFile out;
    using enum RegularFile::Failure;
    // Looked at before opening: opening a device can have effects of its own (a tape rewinds).
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0) {
        out.error = errno;
        out.failure = (errno == ENOENT || errno == ENOTDIR) ? NoSuchFile : CannotOpen;
        return out;
    }
    if (S_ISDIR(st.st_mode)) {
        out.failure = IsFolder;
        return out;
    }
    if (!S_ISREG(st.st_mode)) {
        out.failure = NotRegular;
        out.special = specialKind(st.st_mode);
        return out;
    }
    if (static_cast<std::uintmax_t>(st.st_size) > maxBytes) {
        out.failure = TooLarge;
        return out;
    }
    // O_NONBLOCK: if the file was replaced by a pipe since stat(), opening it does not wait for a
    // writer, and fstat() below refuses it.
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (fd.get() < 0) {
        out.error = errno;
        out.failure = errno == ENOENT ? NoSuchFile : CannotOpen;
        return out;
    }
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        out.failure = NotRegular;
        out.special = specialKind(st.st_mode);
        return out;
    }
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(st.st_size));
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            out.error = errno;
            out.failure = ReadError;
            return out;
        }
        if (n == 0)
            break;
        if (bytes.size() + static_cast<std::size_t>(n) > maxBytes) {
            out.failure = TooLarge;
            return out;
        }
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
    out.bytes = std::move(bytes);
    return out;
}

std::string specialFileKind(const std::string &path)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode))
        return {};
    return specialKind(st.st_mode);
}

std::string describeSpecialFile(const std::string &special)
{
    if (special == "fifo")
        return "a named pipe (FIFO)";
    if (special == "socket")
        return "a socket";
    if (special == "character-device" || special == "block-device")
        return "a device";
    return "a special file";
}

} // namespace vigie::core
