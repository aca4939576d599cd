#pragma once

#include <QStringList>
#include <QTextStream>

namespace stepwise {

/// `stepwise eval EXPR [--input FILE|-] [--bindings FILE] [--language jsonata|jsonpath]
/// [--envelope]`: evaluates one JSONata expression, or one JSONPath path or intrinsic function
/// call, against an input and prints the result as JSON. It is what a user reaches for while
/// writing an expression, and what a live preview can launch: with --envelope every outcome,
/// errors included, is one JSON object on standard output. `args` excludes the program name and
/// the word `eval`. Returns 0 (a value or undefined), 1 (a syntax or evaluation error, or
/// unreadable input) or 2 (wrong usage).
int evalCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace stepwise
