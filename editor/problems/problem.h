#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QMetaType>

namespace stepwise {

/// One finding of the validator, tied to what it is about: a state or an edge (NoId for the
/// workflow itself) and the field to focus, a JSON pointer into the state ("/Retry/0/MaxAttempts")
/// or a top-level field ("StartAt").
struct Problem
{
    Diagnostic diagnostic;
    Id entity = NoId;
    QString field;
    QString place; // what the list shows: the state's name, "workflow", "line 7"
};

using Problems = QVector<Problem>;

} // namespace stepwise

Q_DECLARE_METATYPE(stepwise::Problems)
