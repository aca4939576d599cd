#pragma once

namespace stepwise::runtime {
/// Version of the interpreter, reported by `stepwise --version`.
inline constexpr const char *kVersion = "0.1.0";
} // namespace stepwise::runtime
