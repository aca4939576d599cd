#pragma once

#include "jsonutil.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace stepwise {

/// A titled, collapsible tree of one JSON value with a Copy button (the value as indented
/// JSON on the clipboard). Large values are cut after a few thousand nodes, and say so.
class JsonTreeView : public QWidget
{
    Q_OBJECT
public:
    explicit JsonTreeView(const QString &title, QWidget *parent = nullptr);

    /// Shows `value`, or `note` in place of it when there is none.
    void setJson(const std::optional<runtime::Json> &value, const QString &note = {});
    /// The value as indented JSON ("" when there is none): what Copy puts on the clipboard.
    QString text() const { return m_text; }
    QTreeWidget *tree() const { return m_tree; }

private:
    void add(QTreeWidgetItem *parent, const QString &key, const runtime::Json &value, int &budget);

    QLabel *m_note;
    QTreeWidget *m_tree;
    QString m_text;
};

} // namespace stepwise
