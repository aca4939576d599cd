#pragma once

#include <QWidget>

namespace stepwise {

class CodeEditor;

/// The gutter of the code editor: line numbers, and a red mark on lines with an error.
class LineNumberArea : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(CodeEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CodeEditor *m_editor;
};

} // namespace stepwise
