#include "scenecontextmenu.h"

#include "branchitem.h"
#include "commands/edgemeaningcommand.h"
#include "containeredits.h"
#include "diagramscene.h"
#include "edgeitem.h"
#include "nodeitem.h"
#include "sceneeditor.h"
#include "workflow.h"

#include <QInputDialog>
#include <QMenu>

namespace stepwise {

namespace {

// States that may carry a Catch field (AWS allows it on Task, Parallel and Map).
bool canCatch(const Node &n)
{
    return n.asl.type == QLatin1String("Task") || n.asl.type == QLatin1String("Parallel") ||
           n.asl.type == QLatin1String("Map");
}

void addEdgeActions(QMenu *menu, DiagramScene *scene, Id id)
{
    Workflow *doc = scene->document();
    SceneEditor *editor = scene->editor();
    const Edge *e = doc->edge(id);
    const Node *source = e ? doc->node(e->from) : nullptr;
    if (!e || !source)
        return;
    if (!e->meaning.isPlain() && e->meaning.kind != EdgeMeaning::Kind::StartAt &&
        e->meaning.kind != EdgeMeaning::Kind::End) {
        menu->addSection(SceneContextMenu::tr("Meaning in ASL"));
        QVector<EdgeMeaning> offered;
        const bool choice = source->asl.type == QLatin1String("Choice");
        if (choice) {
            offered << EdgeMeaning{EdgeMeaning::Kind::Default, -1};
            if (e->meaning.kind == EdgeMeaning::Kind::Choice)
                offered << e->meaning;
            else
                offered << EdgeMeaning{EdgeMeaning::Kind::Choice, -1};
        } else {
            offered << EdgeMeaning{EdgeMeaning::Kind::Next, -1};
            if (e->meaning.kind == EdgeMeaning::Kind::Catch)
                offered << e->meaning;
            else if (canCatch(*source))
                offered << EdgeMeaning{EdgeMeaning::Kind::Catch, -1};
        }
        for (const EdgeMeaning &m : std::as_const(offered)) {
            QAction *a = menu->addAction(EdgeMeaningCommand::meaningName(m));
            a->setCheckable(true);
            const bool current =
                m.kind == e->meaning.kind && (m.index < 0 || m.index == e->meaning.index);
            a->setChecked(current);
            a->setEnabled(!current);
            a->setData(QStringLiteral("meaning:%1").arg(m.toString()));
            QObject::connect(a, &QAction::triggered, editor,
                             [editor, id, m] { editor->setEdgeMeaning(id, m); });
        }
        if (e->meaning.kind == EdgeMeaning::Kind::Catch) {
            QAction *errors = menu->addAction(SceneContextMenu::tr("Catch &Errors..."));
            errors->setData(QStringLiteral("errors"));
            QObject::connect(errors, &QAction::triggered, editor, [doc, editor, id] {
                const Edge *edge = doc->edge(id);
                const Node *from = edge ? doc->node(edge->from) : nullptr;
                if (!from)
                    return;
                const QString current =
                    edge->label.isEmpty() ? QStringLiteral("States.ALL") : edge->label;
                bool ok = false;
                const QString text =
                    QInputDialog::getText(nullptr, SceneContextMenu::tr("Catch Errors"),
                                          SceneContextMenu::tr("Error names, separated by commas:"),
                                          QLineEdit::Normal, current, &ok);
                if (ok)
                    editor->setCatchErrors(id, text.split(QLatin1Char(','), Qt::SkipEmptyParts));
            });
        }
        menu->addSeparator();
    }
    menu->addAction(SceneContextMenu::tr("Edit &Label"), editor,
                    [editor, id] { editor->editInPlace(id); });
    menu->addAction(SceneContextMenu::tr("&Delete"), editor, &SceneEditor::deleteSelection);
}

// Collapse/Expand, Add Branch and Remove Branch for a Parallel or Map container; `clicked` is
// the branch under the mouse (-1: none), offered first for removal.
void addContainerActions(QMenu *menu, DiagramScene *scene, Id id, int clicked)
{
    const Node *n = scene->document()->node(id);
    if (!n || (n->asl.type != QLatin1String("Parallel") && n->asl.type != QLatin1String("Map")))
        return;
    menu->addSection(SceneContextMenu::tr("Container"));
    if (!n->subMachines.empty()) {
        const bool collapsed = n->collapsed;
        QAction *a = menu->addAction(collapsed ? SceneContextMenu::tr("E&xpand")
                                               : SceneContextMenu::tr("C&ollapse"));
        a->setData(QStringLiteral("collapse"));
        QObject::connect(a, &QAction::triggered, scene, [scene, id, collapsed] {
            ContainerEdits::setCollapsed(scene, id, !collapsed);
        });
    }
    if (n->asl.type != QLatin1String("Parallel"))
        return;
    QAction *add = menu->addAction(SceneContextMenu::tr("Add &Branch"));
    add->setData(QStringLiteral("addBranch"));
    QObject::connect(add, &QAction::triggered, scene,
                     [scene, id] { ContainerEdits::addBranch(scene, id); });
    QMenu *remove = menu->addMenu(SceneContextMenu::tr("Remove B&ranch"));
    for (int i = 0; i < int(n->subMachines.size()); ++i) {
        QAction *a =
            remove->addAction(i == clicked ? SceneContextMenu::tr("Branch %1 (this one)").arg(i + 1)
                                           : SceneContextMenu::tr("Branch %1").arg(i + 1));
        a->setData(QStringLiteral("removeBranch:%1").arg(i));
        QObject::connect(a, &QAction::triggered, scene,
                         [scene, id, i] { ContainerEdits::removeBranch(scene, id, i); });
    }
}

} // namespace

void SceneContextMenu::addArrangeActions(QMenu *menu, SceneEditor *editor, int selected)
{
    QMenu *align = menu->addMenu(tr("&Align"));
    const std::pair<QString, Qt::Alignment> edges[] = {
        {tr("&Left"), Qt::AlignLeft},      {tr("&Centre"), Qt::AlignHCenter},
        {tr("&Right"), Qt::AlignRight},    {tr("&Top"), Qt::AlignTop},
        {tr("&Middle"), Qt::AlignVCenter}, {tr("&Bottom"), Qt::AlignBottom}};
    for (const auto &[text, edge] : edges) {
        align->addAction(text, editor, [editor, edge = edge] { editor->align(edge); });
        if (edge == Qt::AlignRight)
            align->addSeparator();
    }
    align->setEnabled(selected < 0 || selected >= 2);
    QMenu *spread = menu->addMenu(tr("&Distribute"));
    spread->addAction(tr("&Horizontally"), editor,
                      [editor] { editor->distribute(Qt::Horizontal); });
    spread->addAction(tr("&Vertically"), editor, [editor] { editor->distribute(Qt::Vertical); });
    spread->setEnabled(selected < 0 || selected >= 3);
}

QMenu *SceneContextMenu::build(DiagramScene *scene, QPointF scenePos, QWidget *parent)
{
    scene->flush();
    SceneEditor *editor = scene->editor();
    auto *menu = new QMenu(parent);
    NodeItem *node = nullptr;
    EdgeItem *edge = nullptr;
    BranchItem *branch = nullptr; // the branch under the mouse, above its container
    for (QGraphicsItem *item : scene->items(scenePos)) {
        if (!node && !edge && !branch)
            branch = qgraphicsitem_cast<BranchItem *>(item);
        if (!node && !edge)
            node = qgraphicsitem_cast<NodeItem *>(item);
        if (!node && !edge)
            edge = qgraphicsitem_cast<EdgeItem *>(item);
    }
    // A right-click on something not selected makes it the selection, as file managers do.
    QGraphicsItem *hit = node ? static_cast<QGraphicsItem *>(node) : edge;
    if (hit && !hit->isSelected()) {
        scene->clearSelection();
        hit->setSelected(true);
    }
    if (edge) {
        addEdgeActions(menu, scene, edge->id());
        return menu;
    }
    if (node) {
        menu->addAction(tr("Cu&t"), editor, &SceneEditor::cutSelection);
        menu->addAction(tr("&Copy"), editor, &SceneEditor::copySelection);
        menu->addAction(tr("&Paste"), editor, [editor, scenePos] { editor->pasteAt(scenePos); });
        menu->addAction(tr("D&uplicate"), editor, &SceneEditor::duplicateSelection);
        menu->addAction(tr("&Delete"), editor, &SceneEditor::deleteSelection);
        menu->addAction(tr("&Rename"), editor, &SceneEditor::renameSelected);
        const bool inBranch = branch && branch->parentItem() == node;
        addContainerActions(menu, scene, node->id(),
                            inBranch ? branch->path().steps().last().second : -1);
        menu->addSeparator();
        addArrangeActions(menu, editor, int(scene->selectedNodes().size()));
        return menu;
    }
    menu->addAction(tr("&Paste"), editor, [editor, scenePos] { editor->pasteAt(scenePos); });
    menu->addAction(tr("Add &Lane"), editor, [editor] { editor->addLane(); });
    menu->addAction(tr("Select &All"), editor, &SceneEditor::selectAll);
    menu->addAction(tr("&Tidy Up"), editor, &SceneEditor::tidyUp);
    return menu;
}

} // namespace stepwise
