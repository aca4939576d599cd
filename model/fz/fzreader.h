#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace stepwise {

/// Reads FlowZap Code into a document. Never throws and never half-fills: a file with an error
/// gives no document, only diagnostics (line and column, 1-based). Warnings come with a document.
class FzReader
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::FzReader)
public:
    struct Result
    {
        std::optional<WorkflowData> document; // set when there is no error
        Diagnostics diagnostics;
    };
    static Result read(const QByteArray &bytes);

private:
    static Diagnostics utf8Errors(QByteArrayView bytes);
};

} // namespace stepwise
