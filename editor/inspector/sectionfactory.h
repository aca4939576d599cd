#pragma once

#include "workflowdata.h"

#include <QCoreApplication>
#include <QList>

class QUndoStack;
class QWidget;

namespace stepwise {

class StateSection;
class Workflow;

/// Which sections the form of a state shows, by state type and query language: the header,
/// the type's own fields, Retry/Catch, nested machines, and the input/output fields that type
/// accepts (InputPath... for JSONPath, Arguments/Output for JSONata).
class SectionFactory
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::SectionFactory)
public:
    static QList<StateSection *> create(const QString &type, bool jsonata, Workflow *doc,
                                        QUndoStack *undo, QWidget *parent);
    /// The Task resources offered (value, description): Lambda, SQS, SNS, DynamoDB, HTTP,
    /// nested executions, with their `.sync` and `.waitForTaskToken` forms.
    static QList<QPair<QString, QString>> taskResources();
    /// Members that cannot stand together with `key` (TimeoutSeconds/TimeoutSecondsPath, the
    /// four Wait forms, Next/End...): setting `key` removes them.
    static QStringList exclusiveWith(const QString &key);
};

} // namespace stepwise
