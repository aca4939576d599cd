#pragma once

#include "workflowdata.h"

#include <QCoreApplication>
#include <QIcon>
#include <QVector>

namespace stepwise {

/// What the palette offers: every ASL state type (and a callback Task) plus a lane, and how
/// each becomes a new node with a unique state name, the FlowZap shape of its type and the
/// minimal ASL fields that make it a valid state.
class StateTemplates
{
    Q_DECLARE_TR_FUNCTIONS(StateTemplates)
public:
    struct Entry
    {
        QString key;     // "task", "callback", "pass", ..., "lane"
        QString title;   // translated, shown in the palette
        QString tooltip; // translated
        QString icon;    // resource path of the SVG
    };

    /// The MIME type of a palette drag; the data is the entry's key.
    static QString mimeType();
    static const QVector<Entry> &entries();
    static const Entry *entry(const QString &key);
    static QIcon icon(const QString &key);
    static bool isLane(const QString &key) { return key == QLatin1String("lane"); }

    /// A new state of kind `key` in `lane`, named uniquely in `doc` (id and position unset).
    static Node makeNode(const WorkflowData &doc, const QString &key, Id lane);
    /// `base`, or `base 2`, `base 3`... : the first name no state and no label uses yet.
    static QString uniqueName(const WorkflowData &doc, const QString &base);
};

} // namespace stepwise
