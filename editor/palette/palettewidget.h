#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMimeData;

namespace stepwise {

/// The palette dock's content: every state type and a lane, with icons, tooltips and a filter
/// box. Dragging an entry onto the canvas creates it at the drop point (DiagramScene accepts
/// the drag); double-clicking or Enter asks for it after the selected state.
class PaletteWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    /// The drag data of entry `key` (what a drag from the palette carries).
    static QMimeData *mimeData(const QString &key);

signals:
    /// Double-click or Enter on an entry: connect to SceneEditor::addStateAfterSelection.
    void activated(const QString &key);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace stepwise
