#pragma once

#include "jsonutil.h"

#include <QString>

namespace stepwise {

/// Reads a JSON file given on the command line (`-` is standard input) for `run` and `eval`.
/// Never throws: a file too large, unreadable or malformed fills `error` with a message that
/// names the place (FILE:LINE:COL) and returns false.
bool readJsonFile(const QString &path, runtime::Json &out, QString &error);

} // namespace stepwise
