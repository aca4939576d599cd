#include "jsonatamenu.h"

#include "commands/editfielddocumentcommand.h"
#include "convert/tojsonata.h"
#include "selectionmodel.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace stepwise {

namespace {

class JsonataMenuText
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::JsonataMenu)
};

// Pushes the converted document as one step, then says what stayed JSONPath, if anything.
void apply(const ToJsonata::DocumentResult &r, const QString &label, Workflow *doc,
           QUndoStack *undo, QWidget *window)
{
    if (r.converted > 0 || !(r.document.aslTop == doc->data().aslTop)) {
        auto *command = new EditFieldDocumentCommand(doc, r.document, QString());
        command->setText(label);
        undo->push(command);
    }
    if (r.notes.isEmpty())
        return;
    QMessageBox box(
        QMessageBox::Information, JsonataMenuText::tr("Convert to JSONata"),
        r.converted > 0
            ? JsonataMenuText::tr("%n state(s) converted. These stay JSONPath:", "", r.converted)
            : JsonataMenuText::tr("Nothing was converted:"),
        QMessageBox::Ok, window);
    box.setInformativeText(r.notes.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace

void addJsonataActions(QMenu *menu, Workflow *doc, QUndoStack *undo, SelectionModel *selection,
                       QWidget *window)
{
    QAction *whole = menu->addAction(JsonataMenuText::tr("Convert Document to &JSONata"));
    whole->setObjectName(QStringLiteral("convertDocumentToJsonata"));
    QObject::connect(whole, &QAction::triggered, window, [=] {
        apply(ToJsonata::document(doc->data()), JsonataMenuText::tr("Convert Document to JSONata"),
              doc, undo, window);
    });
    QAction *one = menu->addAction(JsonataMenuText::tr("Convert &State to JSONata"));
    one->setObjectName(QStringLiteral("convertStateToJsonata"));
    auto update = [=] {
        const Node *n = doc->node(selection->current());
        one->setEnabled(n && !n->asl.type.isEmpty());
    };
    QObject::connect(selection, &SelectionModel::selectionChanged, one, update);
    QObject::connect(doc, &Workflow::nodeChanged, one, update);
    QObject::connect(doc, &Workflow::documentReset, one, update);
    update();
    QObject::connect(one, &QAction::triggered, window, [=] {
        const Node *n = doc->node(selection->current());
        if (!n)
            return;
        apply(ToJsonata::oneState(doc->data(), n->id),
              JsonataMenuText::tr("Convert “%1” to JSONata").arg(n->asl.name), doc, undo, window);
    });
}

} // namespace stepwise
