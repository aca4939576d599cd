#include <QTest>
class TstX : public QObject
{
    Q_OBJECT
};
QTEST_MAIN(TstX)
#include "tst_problems.moc"
