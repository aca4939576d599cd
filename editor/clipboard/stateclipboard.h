#pragma once

#include "workflowdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <functional>
#include <optional>

class QMimeData;

namespace stepwise {

class Workflow;

/// What the clipboard carries for cut, copy, paste and duplicate: a fragment document holding
/// copies of the selected states (a container with its branches), the edges among them and
/// their places, written three ways so that another Stepwise window gets everything (our own
/// mime type: the project format) and a text editor gets text (FlowZap Code as text/plain, ASL
/// JSON as application/json). Pasting text from outside reads it as ASL JSON or FlowZap Code.
class StateClipboard
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::StateClipboard)
public:
    static QString mimeType() { return QStringLiteral("application/x-stepwise-states"); }

    /// A fragment of `doc` with `nodes` (a state inside a selected container goes with it).
    /// References to states left out (`Next`, `Default`, a Choice rule, a catcher) are dropped,
    /// so the fragment is a machine of its own. `place` gives each state's hand-set place
    /// (x in the scene, y relative to its lane), recorded as its position.
    static WorkflowData fragment(const Workflow &doc, const QVector<Id> &nodes,
                                 const std::function<std::optional<QPointF>(Id)> &place = {});

    /// The clipboard contents of a fragment (the caller owns it).
    static QMimeData *toMime(const WorkflowData &fragment);

    struct Contents
    {
        WorkflowData fragment;
        QVector<Id> nodes; // what to paste: an ASL text's start and end markers are left out
    };
    /// Reads our own type, else the text as ASL JSON or FlowZap Code; nullopt when nothing
    /// parses (`error` then says why).
    static std::optional<Contents> fromMime(const QMimeData *mime, QString *error = nullptr);
};

} // namespace stepwise
