#pragma once

#include "jsonutil.h"

#include <QCoreApplication>
#include <QString>

namespace stepwise {

/// Parses JSON typed by a user; a refusal names the line and column, so an editor can point
/// at the mistake and the execution keeps waiting for a better answer.
class JsonCheck
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::JsonCheck)
public:
    /// "" when `text` is one JSON value (then in `out`), else "line L, column C: why".
    static QString parse(const QString &text, runtime::Json &out);
    /// Indented text of a value, for editors and side-by-side views.
    static QString pretty(const runtime::Json &value);
};

} // namespace stepwise
