#pragma once

#include <QStringList>
#include <QTextStream>

namespace stepwise {

/// `stepwise run DEF [options]`: executes a definition headless and prints its output.
/// `args` excludes the program name and the word `run`. Returns the process exit status
/// (0 succeeded, 3 failed, 4 timed out or aborted, 1 invalid definition or input, 2 usage).
int runCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace stepwise
