#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QCoreApplication>

namespace stepwise {

/// Makes a document ready for the FlowZap writer and says what FlowZap cannot keep: the ASL
/// of the states, nested machines, saved inputs. Text FlowZap cannot hold (a `"` or a line
/// break in a label) is replaced, with a warning. A document read from FlowZap passes through
/// untouched, so its statements still come back byte for byte.
class AslToFz
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::AslToFz)
public:
    static WorkflowData prepare(const WorkflowData &doc, Diagnostics &warnings);
    /// The label made writable: `"` becomes `'`, line breaks become spaces.
    static QString writableLabel(const QString &label);
};

} // namespace stepwise
