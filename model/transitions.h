#pragma once

#include "workflowchange.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QStringList>

namespace stepwise {

/// The ASL transitions of a state's fields and the edges that draw them: which references a
/// state holds, how to set, remove and rename one, what an edge of each meaning looks like by
/// default, and the check that edges and fields agree (transitionProblems).
class Transitions
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::Transitions)
public:
    struct Reference
    {
        EdgeMeaning meaning;
        QString target; // the state name; empty for End
    };
    /// In drawing order: Choice rules, Default, Next, Catch, End.
    static QVector<Reference> references(const OrderedJson &fields);
    static bool hasReference(const OrderedJson &fields, EdgeMeaning meaning);
    static void setTarget(OrderedJson &fields, EdgeMeaning meaning, const QString &target);
    /// Removes `Next`/`Default`/`End`, or the Choice rule / catcher (later indexes shift).
    static void removeReference(OrderedJson &fields, EdgeMeaning meaning);
    /// Rewrites `Next`, `Default`, Choice rules' `Next` at any And/Or/Not depth and catchers'
    /// `Next` naming `from`. Returns whether anything changed.
    static bool renameReferences(OrderedJson &fields, const QString &from, const QString &to);
    /// A valid rule for a new Choice edge: `$.choice == "<target>"` (JSONata: a Condition).
    static OrderedJson placeholderRule(const QString &target, bool jsonata);
    /// The label, handle sides an edge of this meaning gets when the model draws it.
    static QString defaultLabel(const OrderedJson &fields, EdgeMeaning meaning, bool *hasLabel);
    static Side defaultFromSide(EdgeMeaning meaning);
    static Side defaultToSide(EdgeMeaning meaning);

    /// The node a machine's StartAt edge leaves from, else a FlowZap-only circle labelled
    /// "Start" that leads nowhere; NoId when the machine has none.
    static Id startMarker(const WorkflowData &machine);
    /// The state the machine's StartAt names, or NoId.
    static Id startTarget(const WorkflowData &machine);
    /// The node End edges lead to: the target of an End edge, else (when `guess`) a
    /// FlowZap-only circle labelled "End" that leads nowhere; NoId when there is none. While a
    /// machine has no End edge, its `End: true` states are not drawn; its first End edge (drawn
    /// towards a guessed marker) draws them all.
    static Id endMarker(const WorkflowData &machine, bool guess);
    /// The node a reference of a state in `machine` names, or NoId (a dangling reference).
    static Id resolve(const WorkflowData &machine, const Reference &reference, Id endMarker);

    /// Gives the edges of machines that recorded no meaning (project files of version 1) the
    /// meaning of the reference they draw. Machines with any recorded meaning are left alone.
    static void deriveMissingMeanings(WorkflowData &root);
};

/// Every disagreement between edges and ASL fields in a document, nested machines included
/// (one line each); empty when the model's rule holds.
QStringList transitionProblems(const WorkflowData &root);

} // namespace stepwise
