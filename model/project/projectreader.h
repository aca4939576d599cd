#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace stepwise {

/// Reads the native project file written by ProjectWriter. Checks every field's type and every
/// id reference, and names the place (line:col) of the first problem; a file from a newer
/// version is refused with a message that says so. Gives a whole document or none.
class ProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::ProjectReader)
public:
    struct Result
    {
        std::optional<WorkflowData> document;
        Diagnostics diagnostics;
    };
    static Result read(const QByteArray &bytes);
};

} // namespace stepwise
