#pragma once

#include "statesection.h"

namespace stepwise {

class ObjectListEditor;

/// Error handling of Task, Parallel and Map: the Retry and Catch lists.
class RetryCatchSection : public StateSection
{
    Q_OBJECT
public:
    explicit RetryCatchSection(bool jsonata, QWidget *parent = nullptr);
    void load(const OrderedJson &view, const WorkflowData &doc) override;
    bool focusField(const QString &pointer) override;
    ObjectListEditor *retry() const { return m_retry; }
    ObjectListEditor *catchers() const { return m_catch; }

private:
    ObjectListEditor *m_retry;
    ObjectListEditor *m_catch;
};

} // namespace stepwise
