#pragma once

#include <optional>
#include <string>

namespace stepwise::runtime::digest {

/// Lower-case hex digest of `data` by `algorithm` (MD5, SHA-1, SHA-256, SHA-384, SHA-512);
/// nullopt for an unknown algorithm. Self-contained: the runtime links no crypto library.
std::optional<std::string> hexDigest(const std::string &data, const std::string &algorithm);

std::string base64Encode(const std::string &data);
/// nullopt when `text` is not valid base64.
std::optional<std::string> base64Decode(const std::string &text);

} // namespace stepwise::runtime::digest
