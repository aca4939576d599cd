#include "translation.h"

#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace stepwise;

// The Simplified Chinese translation: the .ts is complete and consistent with its sources, the
// embedded .qm loads and answers with the real contexts, and English needs no translator.
class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageIsFinished();
    void chooseLanguage_data();
    void chooseLanguage();
    void embeddedChineseTranslates();
    void qtOwnStringsFollow();
    void englishHasNoTranslator();
    void binaryFollowsTheEnvironment_data();
    void binaryFollowsTheEnvironment();

private:
    struct Message
    {
        QString context, source;
        QStringList forms; // one per numerus form, or the one translation
        bool finished = false;
        qint64 line = 0;
    };
    static QVector<Message> readTs(const QString &path, QString *error);
};

QVector<TestTranslation::Message> TestTranslation::readTs(const QString &path, QString *error)
{
    QVector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            if (!current.source.isNull())
                messages << current;
            current = Message{context, QString(), {}, false, xml.lineNumber()};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            current.finished = type.isEmpty();
            xml.readNext();
            if (xml.isCharacters() && !xml.isWhitespace())
                current.forms << xml.text().toString();
        } else if (name == u"numerusform") {
            current.forms << xml.readElementText();
        }
    }
    if (!current.source.isNull())
        messages << current;
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

void TestTranslation::everyMessageIsFinished()
{
    QString error;
    const QVector<Message> messages = readTs(QStringLiteral(STEPWISE_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 600);

    static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d+|n)"));
    static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    };
    auto edges = [](const QString &text) {
        qsizetype begin = 0, end = text.size();
        while (begin < end && text.at(begin).isSpace())
            ++begin;
        while (end > begin && text.at(end - 1).isSpace())
            --end;
        return text.left(begin) + QLatin1Char('|') + text.mid(end);
    };

    QStringList problems;
    for (const Message &m : messages) {
        const QString where =
            QStringLiteral("line %1 [%2] \"%3\": ").arg(m.line).arg(m.context, m.source);
        if (!m.finished || m.forms.size() != 1 || m.forms.first().trimmed().isEmpty()) {
            problems << where + QStringLiteral("not finished (or not one form)");
            continue;
        }
        const QString &text = m.forms.first();
        if (placeholders(m.source) != placeholders(text))
            problems << where + QStringLiteral("placeholders differ in \"%1\"").arg(text);
        const QString plainSource = QString(m.source).remove(QStringLiteral("&&"));
        const QRegularExpressionMatch key = mnemonic.match(plainSource);
        if (key.hasMatch()) {
            const QString letter = key.captured(1).toUpper();
            if (!text.contains(QStringLiteral("(&%1)").arg(letter)))
                problems << where + QStringLiteral("mnemonic &%1 lost in \"%2\"").arg(letter, text);
        }
        if (edges(m.source) != edges(text))
            problems << where + QStringLiteral("leading or trailing white space differs");
        if (m.source.count(QLatin1Char('\n')) != text.count(QLatin1Char('\n')))
            problems << where + QStringLiteral("line breaks differ");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslation::chooseLanguage_data()
{
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QString>("chosen");
    const QString zh = QStringLiteral("zh_CN");
    QTest::newRow("zh_CN") << QStringList{QStringLiteral("zh_CN")} << zh;
    QTest::newRow("zh-Hans-CN") << QStringList{QStringLiteral("zh-Hans-CN")} << zh;
    QTest::newRow("zh") << QStringList{QStringLiteral("zh")} << zh;
    QTest::newRow("zh-SG") << QStringList{QStringLiteral("zh-SG")} << zh;
    QTest::newRow("after an untranslated language")
        << QStringList{QStringLiteral("fr-FR"), QStringLiteral("zh-CN")} << zh;
    QTest::newRow("English first")
        << QStringList{QStringLiteral("en-US"), QStringLiteral("zh-CN")} << QString();
    QTest::newRow("C") << QStringList{QStringLiteral("C")} << QString();
    QTest::newRow("Traditional") << QStringList{QStringLiteral("zh-TW")} << QString();
    QTest::newRow("German") << QStringList{QStringLiteral("de-DE")} << QString();
    QTest::newRow("nothing") << QStringList() << QString();
}

void TestTranslation::chooseLanguage()
{
    QFETCH(QStringList, languages);
    QFETCH(QString, chosen);
    QCOMPARE(Translation::choose(languages), chosen);
}

void TestTranslation::embeddedChineseTranslates()
{
    QVERIFY(Translation::available().contains(QStringLiteral("zh_CN")));
    QVERIFY(QFile::exists(Translation::resource(QStringLiteral("zh_CN"))));
    QCOMPARE(Translation::install({QStringLiteral("zh-CN")}), QStringLiteral("zh_CN"));

    auto tr = [](const char *context, const char *source, int n = -1) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    QCOMPARE(tr("stepwise::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    QCOMPARE(tr("stepwise::MainWindow", "&Undo"), QStringLiteral("撤销(&U)"));
    QCOMPARE(tr("stepwise::PanelDocks", "Inspector"), QStringLiteral("属性"));
    QCOMPARE(tr("MoveStatesCommand", "Move %1 states").arg(3), QStringLiteral("移动 3 个状态"));
    QCOMPARE(tr("stepwise::ProblemsPanel", "%n error(s)", 2), QStringLiteral("2 个错误"));
    QCOMPARE(tr("stepwise::CommandLine", "missing command"), QStringLiteral("缺少命令"));
    QCOMPARE(tr("stepwise::AslValidator", "The state machine has no \"StartAt\"."),
             QStringLiteral("状态机没有 \"StartAt\"。"));
    QCOMPARE(tr("stepwise::RunStatus", "succeeded"), QStringLiteral("已成功"));
    QCOMPARE(tr("main", "No state named '%1'"), QStringLiteral("没有名为 '%1' 的状态"));

    // A second install replaces the first: back to English, nothing of ours stays behind.
    QCOMPARE(Translation::install({QStringLiteral("en")}), QString());
    QCOMPARE(tr("stepwise::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslation::qtOwnStringsFollow()
{
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(dir + QStringLiteral("/qtbase_zh_CN.qm")))
        QSKIP("Qt's own Chinese translation (qt6-translations-l10n) is not installed");
    QCOMPARE(Translation::install({QStringLiteral("zh-CN")}), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    Translation::install({QStringLiteral("en")});
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestTranslation::englishHasNoTranslator()
{
    QCOMPARE(Translation::install({QStringLiteral("en-US")}), QString());
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    QVERIFY(translators.isEmpty());
    QCOMPARE(QCoreApplication::translate("stepwise::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslation::binaryFollowsTheEnvironment_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("firstLine");
    const QString chinese = QStringLiteral("用法： stepwise [FILE]");
    const QString english = QStringLiteral("Usage: stepwise [FILE]");
    const QString language = QStringLiteral("LANGUAGE"), lang = QStringLiteral("LANG");
    QTest::newRow("LANGUAGE=zh_CN") << language << QStringLiteral("zh_CN") << chinese;
    QTest::newRow("LANG=zh_CN.UTF-8") << lang << QStringLiteral("zh_CN.UTF-8") << chinese;
    QTest::newRow("LANG=C.UTF-8") << lang << QStringLiteral("C.UTF-8") << english;
    QTest::newRow("LANGUAGE=en_US") << language << QStringLiteral("en_US") << english;
}

void TestTranslation::binaryFollowsTheEnvironment()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, firstLine);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(variable, value);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STEPWISE_BIN_DIR "/stepwise"), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(out.section(QLatin1Char('\n'), 0, 0), firstLine);
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
