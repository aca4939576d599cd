#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace stepwise {

/// Writes a document as FlowZap Code. Statements the document still holds the source text of
/// are given back byte for byte; new or edited ones are generated in the file's style.
/// Refuses (ok = false, with diagnostics) what FlowZap cannot hold, e.g. a `"` in a label.
class FzWriter
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::FzWriter)
public:
    struct Result
    {
        bool ok = false;
        QByteArray bytes;
        Diagnostics diagnostics; // errors when !ok; warnings for what the format cannot keep
    };
    static Result write(const WorkflowData &doc);
};

} // namespace stepwise
