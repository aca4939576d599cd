#include "runstate.h"

#include <QColor>

namespace stepwise {

QColor runStateColor(RunState state, bool dark)
{
    switch (state) {
    case RunState::Active:
        return dark ? QColor(0x4C, 0x9B, 0xFF) : QColor(0x1F, 0x6F, 0xD6);
    case RunState::Done:
        return dark ? QColor(0x3C, 0xC4, 0x7A) : QColor(0x1E, 0x8E, 0x4E);
    case RunState::Failed:
        return dark ? QColor(0xFF, 0x6B, 0x6B) : QColor(0xD0, 0x33, 0x33);
    case RunState::Waiting:
        return dark ? QColor(0xF2, 0xB2, 0x33) : QColor(0xC7, 0x86, 0x00);
    case RunState::Caught:
        return dark ? QColor(0xC3, 0x8E, 0xF0) : QColor(0x8E, 0x44, 0xAD);
    case RunState::Retrying:
        return dark ? QColor(0xF7, 0x7F, 0xB0) : QColor(0xC2, 0x18, 0x5B);
    case RunState::Cancelled:
        return dark ? QColor(0xA7, 0xB0, 0xB8) : QColor(0x7B, 0x86, 0x8F);
    case RunState::Idle:
        break;
    }
    return {};
}

} // namespace stepwise
