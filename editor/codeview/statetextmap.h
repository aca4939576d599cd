#pragma once

#include "documentio.h"
#include "workflowdata.h"

#include <QList>

namespace stepwise {

/// Where each state (and, in FlowZap Code, each edge) stands in the text of a code view tab:
/// lines first..last, 1-based. A state inside a Parallel or Map counts as its container's
/// text until nested states have ids of their own.
class StateTextMap
{
public:
    struct Range
    {
        Id id = NoId;
        int first = 0;
        int last = 0;
    };
    static StateTextMap build(const QString &text, DocumentIo::Format format,
                              const WorkflowData &doc);

    /// The entity whose text holds `line`, or NoId; the narrowest range wins.
    Id entityAt(int line) const;
    /// The lines of an entity, or a range with first == 0.
    Range rangeOf(Id id) const;
    const QList<Range> &ranges() const { return m_ranges; }

private:
    static Id stateId(const WorkflowData &doc, const QString &name);
    void buildJson(const QString &text, const WorkflowData &doc);
    void buildYaml(const QString &text, const WorkflowData &doc);
    void buildFz(const QString &text, const WorkflowData &doc);

    QList<Range> m_ranges;
};

} // namespace stepwise
