#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace stepwise {

/// One finding of a reader or validator, placed by line and column (1-based; 0 = unknown) or,
/// for JSON documents, also by a JSON pointer.
struct Diagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    QString message;
    QString code;    // short stable code, e.g. "FZ_UNKNOWN_SHAPE", "ASL_UNKNOWN_NEXT"
    QString pointer; // JSON pointer for ASL findings, empty otherwise

    bool isError() const { return severity == Severity::Error; }
    /// "FILE:LINE:COL: error|warning: MESSAGE" as compilers print it.
    QString format(const QString &file) const;
};

using Diagnostics = QVector<Diagnostic>;

inline bool hasErrors(const Diagnostics &diags)
{
    for (const Diagnostic &d : diags)
        if (d.isError())
            return true;
    return false;
}

Diagnostic makeError(int line, int column, const QString &message, const QString &code = {});
Diagnostic makeWarning(int line, int column, const QString &message, const QString &code = {});

} // namespace stepwise
