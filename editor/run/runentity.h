#pragma once

#include "layout/machinepath.h"
#include "workflowdata.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QPair>
#include <QVector>

namespace stepwise {

/// A node or edge of the document, nested ones included: the chain of (container node,
/// branch index) down to its machine plus its own id. A value with a hash, so run state can be
/// keyed by it; machine() gives the scene's MachinePath. When ids become document-wide the
/// chain is redundant and only `id` matters.
struct RunEntity
{
    QVector<QPair<Id, int>> container;
    Id id = NoId;

    bool isValid() const { return id != NoId; }
    MachinePath machine() const
    {
        MachinePath p;
        for (const auto &[node, index] : container)
            p = p.child(node, index);
        return p;
    }
    bool operator==(const RunEntity &o) const { return id == o.id && container == o.container; }
};

inline size_t qHash(const RunEntity &e, size_t seed = 0)
{
    return qHashMulti(seed, e.id, e.container);
}

} // namespace stepwise

Q_DECLARE_METATYPE(stepwise::RunEntity)
