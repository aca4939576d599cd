#pragma once

#include <QUndoCommand>

#include <functional>

// A stand-in undo command for window tests: the real commands live in editor/commands/, but
// the window only cares that an edit went through its stack.
class TestEdit : public QUndoCommand
{
public:
    TestEdit(const QString &text, std::function<void()> redo, std::function<void()> undo)
        : m_redo(std::move(redo)), m_undo(std::move(undo))
    {
        setText(text);
    }
    void redo() override { m_redo(); }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo, m_undo;
};
