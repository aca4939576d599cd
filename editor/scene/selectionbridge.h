#pragma once

#include "workflowdata.h"

#include <QObject>
#include <QPointer>

namespace stepwise {

class DiagramScene;
class SelectionModel;

/// Keeps the scene's item selection and the window's SelectionModel in step, both ways: a
/// click on the canvas publishes ids, and ids picked elsewhere (the problems list, the code
/// view) select the items. Guards against the echo of its own change.
class SelectionBridge : public QObject
{
    Q_OBJECT
public:
    explicit SelectionBridge(DiagramScene *scene);

    void setModel(SelectionModel *model);
    SelectionModel *model() const;
    /// An entity left the document: it leaves the selection.
    void forget(Id id);
    void clear();

private:
    void publish();
    void show();

    DiagramScene *m_scene;
    QPointer<SelectionModel> m_model;
    bool m_syncing = false;
};

} // namespace stepwise
