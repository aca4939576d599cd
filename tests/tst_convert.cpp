#include <QtTest>
class TestConvert : public QObject
{
    Q_OBJECT
private slots:
    void todo() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(TestConvert)
#include "tst_convert.moc"
