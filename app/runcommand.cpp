#include "runcommand.h"

#include "argumentlist.h"
#include "callbackanswer.h"
#include "execution.h"
#include "historywriter.h"
#include "jsonfile.h"
#include "limitcheck.h"
#include "runbridge.h"

#include <QCoreApplication>

#include <csignal>
#include <map>
#include <random>

namespace stepwise {

namespace {

using runtime::Execution;
using runtime::Json;

// SIGINT/SIGTERM stop the run between two events: it ends ExecutionAborted and the streamed
// history is closed as a whole file.
volatile std::sig_atomic_t g_stopRequested = 0;

extern "C" void requestStop(int)
{
    g_stopRequested = 1;
}

// The messages' translation context, declared so that lupdate files them under the same name
// the program looks them up by (a free RunText::tr() function put them under "stepwise").
struct RunText
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::RunCommand)
};

// Past-event payloads are not kept (retainPayloads off), so an event costs tens of bytes.
constexpr long long kMaxEventsAsked = 100000000;

struct Options
{
    QString definition, input, mockConfig, testCase, callbacks, choices, history;
    long long maxEvents = 25000;
    bool envelope = false;
};

bool readJson(const QString &path, Json &out, QString &error)
{
    return readJsonFile(path, out, error);
}

// A script maps a state's name to one answer or a list of answers for successive visits.
class Script
{
public:
    bool load(const QString &path, QString &error)
    {
        if (!readJson(path, m_json, error))
            return false;
        if (!m_json.is_object()) {
            error = RunText::tr("%1: a script must be a JSON object keyed by state name").arg(path);
            return false;
        }
        return true;
    }
    bool next(const std::string &state, Json &answer)
    {
        auto it = m_json.find(state);
        if (it == m_json.end())
            return false;
        if (!it->is_array()) {
            answer = *it;
            return true;
        }
        int &visit = m_visits[state];
        if (visit >= static_cast<int>(it->size()))
            return false;
        answer = (*it)[static_cast<std::size_t>(visit++)];
        return true;
    }

private:
    Json m_json;
    std::map<std::string, int> m_visits;
};

QString usageText()
{
    return RunText::tr(
        "usage: stepwise run DEF [--input FILE|-] [--mock-config FILE --test-case NAME]\n"
        "         [--callbacks approve|reject|SCRIPT.json]\n"
        "         [--choices first|cycle|random[:SEED]|SCRIPT.json]\n"
        "         [--history OUT.json] [--max-events N] [--envelope]\n"
        "DEF is ASL (.asl.json, .json, .asl.yaml), FlowZap Code (.fz) or a .stepwise file.\n"
        "--choices cycle takes each edge in turn on successive visits of a choice;\n"
        "--history streams the events to OUT.json as they happen.\n"
        "--max-events stops the run at N events (default 25000, AWS's quota).\n"
        "Prints the output JSON; exit 0 succeeded, 3 failed, 4 timed out or aborted,\n"
        "1 invalid definition or input, 2 usage.\n");
}

int usage(QTextStream &err, const QString &why)
{
    err << RunText::tr("stepwise run: %1").arg(why) << '\n' << usageText();
    return 2;
}

int parse(const QStringList &args, Options &o, QTextStream &err)
{
    ArgumentList list(args);
    QString a;
    while (list.next(a)) {
        auto value = [&](QString &into) { return list.value(into); };
        bool ok = true;
        if (a == QLatin1String("--input"))
            ok = value(o.input);
        else if (a == QLatin1String("--mock-config"))
            ok = value(o.mockConfig);
        else if (a == QLatin1String("--test-case"))
            ok = value(o.testCase);
        else if (a == QLatin1String("--callbacks"))
            ok = value(o.callbacks);
        else if (a == QLatin1String("--choices"))
            ok = value(o.choices);
        else if (a == QLatin1String("--history"))
            ok = value(o.history);
        else if (a == QLatin1String("--envelope"))
            o.envelope = true;
        else if (a == QLatin1String("--max-events")) {
            QString n;
            ok = value(n);
            o.maxEvents = n.toLongLong(&ok);
            // AWS's own quota for a standard workflow's history is 25,000 events (the
            // default); a longer simulation may ask for more, within what memory allows.
            ok = ok && o.maxEvents >= 3 && o.maxEvents <= kMaxEventsAsked;
        } else if (a.startsWith(QLatin1String("--")))
            return usage(err, RunText::tr("unknown option %1").arg(a));
        else if (o.definition.isEmpty())
            o.definition = a;
        else
            return usage(err, RunText::tr("unexpected argument %1").arg(a));
        if (!ok)
            return usage(err, RunText::tr("%1 needs a valid value").arg(a));
    }
    if (o.definition.isEmpty())
        return usage(err, RunText::tr("no definition file given"));
    if (o.mockConfig.isEmpty() != o.testCase.isEmpty())
        return usage(err, RunText::tr("--mock-config and --test-case go together"));
    return 0;
}

} // namespace

int runCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() == 1 &&
        (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))) {
        out << usageText();
        return 0;
    }
    Options o;
    if (int rc = parse(args, o, err))
        return rc;
    RunBridge::Loaded loaded = RunBridge::loadFile(o.definition);
    if (!loaded.definition) {
        for (const QString &e : loaded.errors)
            err << e << '\n';
        return 1;
    }
    Json input = Json::object();
    QString error;
    if (!o.input.isEmpty() && !readJson(o.input, input, error)) {
        err << error << '\n';
        return 1;
    }
    if (auto tooBig = runtime::limits::checkPayload(
            input, runtime::limits::PayloadKind::ExecutionInput, std::string())) {
        err << RunText::tr("%1: %2").arg(o.input, QString::fromStdString(tooBig->cause)) << '\n';
        return 1;
    }
    runtime::ExecutionOptions options;
    options.maxEvents = static_cast<std::size_t>(o.maxEvents);
    if (!o.mockConfig.isEmpty()) {
        Json config;
        if (!readJson(o.mockConfig, config, error)) {
            err << error << '\n';
            return 1;
        }
        auto mocks = std::make_shared<runtime::MockConfig>();
        std::string why = mocks->load(config, {}, o.testCase.toStdString());
        if (!why.empty()) {
            err << RunText::tr("%1: %2").arg(o.mockConfig, QString::fromStdString(why)) << '\n';
            return 1;
        }
        // A mocked state the definition lacks is a typo that would silently never apply.
        for (const std::string &name : mocks->stateNames())
            if (!loaded.definition->findState(name)) {
                err << RunText::tr(
                           "%1: test case '%2' mocks the state '%3', which the definition does "
                           "not have")
                           .arg(o.mockConfig, o.testCase, QString::fromStdString(name))
                    << '\n';
                return 1;
            }
        options.mocks = mocks;
    }
    Script callbackScript, choiceScript;
    const bool callbackFile = !o.callbacks.isEmpty() && o.callbacks != QLatin1String("approve") &&
                              o.callbacks != QLatin1String("reject");
    // first, cycle (each option in turn per state) and random[:SEED] answer any choice.
    const bool choiceCycle = o.choices == QLatin1String("cycle");
    const bool choiceRandom =
        o.choices == QLatin1String("random") || o.choices.startsWith(QLatin1String("random:"));
    std::mt19937_64 choiceRng(0);
    if (o.choices.startsWith(QLatin1String("random:"))) {
        bool ok = false;
        choiceRng.seed(o.choices.mid(7).toULongLong(&ok));
        if (!ok)
            return usage(err, RunText::tr("--choices random:SEED needs a whole number"));
    }
    std::map<std::string, std::size_t> choiceVisits;
    const bool choiceFile = !o.choices.isEmpty() && o.choices != QLatin1String("first") &&
                            !choiceCycle && !choiceRandom;
    if ((callbackFile && !callbackScript.load(o.callbacks, error)) ||
        (choiceFile && !choiceScript.load(o.choices, error))) {
        err << error << '\n';
        return 1;
    }

    runtime::HistoryWriter historyWriter;
    if (!o.history.isEmpty()) {
        if (!historyWriter.open(o.history.toStdString())) {
            err << QString::fromStdString(historyWriter.error()) << '\n';
            return 1;
        }
        options.onEvent = [&historyWriter](const runtime::HistoryEvent &e) {
            historyWriter.write(e);
        };
    }
    // The command prints only the output: past events need no payloads in memory (a long run
    // with a large payload stays small; --history has them on disk).
    options.retainPayloads = false;
    // Nor the past events themselves: the command reads none of them back, and holding four
    // million events of a long loop would be most of the run's time (first touch of the memory).
    options.keepHistory = false;
    Execution run(loaded.definition, std::move(input), options);
    g_stopRequested = 0;
    auto previousInt = std::signal(SIGINT, requestStop);
    auto previousTerm = std::signal(SIGTERM, requestStop);
    while (!run.finished()) {
        if (g_stopRequested) {
            run.abort("stopped by a signal");
            break;
        }
        if (run.step())
            continue;
        const Execution::Status status = run.status();
        QString stuck;
        if (status == Execution::Status::PausedCallback) {
            const auto cb = run.pendingCallbacks().front();
            Json answer;
            if (o.callbacks == QLatin1String("approve"))
                answer = Json{{"success", cb.payload ? *cb.payload : Json::object()}};
            else if (o.callbacks == QLatin1String("reject"))
                answer =
                    Json{{"failure",
                          {{"error", "Rejected"}, {"cause", "rejected by --callbacks reject"}}}};
            else if (!callbackFile || !callbackScript.next(cb.state->name, answer))
                stuck =
                    RunText::tr("the task '%1' waits for a callback (answer it with --callbacks)")
                        .arg(QString::fromStdString(cb.state->name));
            runtime::CallbackAnswer checked;
            const std::string why =
                stuck.isEmpty() ? runtime::CallbackAnswer::read(answer, checked) : std::string();
            if (!why.empty())
                stuck =
                    RunText::tr("the callback script's answer for '%1' is refused: %2")
                        .arg(QString::fromStdString(cb.state->name), QString::fromStdString(why));
            else if (stuck.isEmpty() && checked.success)
                run.success(cb.token, checked.output);
            else if (stuck.isEmpty())
                run.failure(cb.token, checked.error, checked.cause);
        } else if (status == Execution::Status::PausedChoice) {
            const auto choice = run.pendingChoices().front();
            Json answer;
            if (o.choices == QLatin1String("first") && !choice.options.empty())
                answer = choice.options.front();
            else if (choiceCycle && !choice.options.empty())
                answer = choice.options[choiceVisits[choice.state->name]++ % choice.options.size()];
            else if (choiceRandom && !choice.options.empty())
                answer = choice.options[choiceRng() % choice.options.size()];
            else if (!choiceFile || !choiceScript.next(choice.state->name, answer))
                stuck = RunText::tr("'%1' waits for a choice (make it with --choices)")
                            .arg(QString::fromStdString(choice.state->name));
            if (stuck.isEmpty()) {
                std::string why = answer.is_string()
                                      ? run.choose(choice.state->name, answer.get<std::string>())
                                      : std::string("the answer must be an edge label");
                if (!why.empty())
                    stuck = QString::fromStdString(why);
            }
        }
        if (!stuck.isEmpty()) {
            err << RunText::tr("stepwise run: %1; aborting").arg(stuck) << '\n';
            run.abort(stuck.toStdString());
        }
    }

    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (!o.history.isEmpty() && !historyWriter.close())
        err << QString::fromStdString(historyWriter.error()) << '\n';
    const QString status = QString::fromLatin1(Execution::statusName(run.status()));
    if (o.envelope) {
        Json env{{"status", Execution::statusName(run.status())}};
        if (run.status() == Execution::Status::Succeeded) {
            env["output"] = run.output() ? *run.output() : Json();
        } else {
            env["error"] = run.error();
            env["cause"] = run.cause();
        }
        out << QString::fromStdString(env.dump()) << '\n';
    } else if (run.status() == Execution::Status::Succeeded) {
        out << QString::fromStdString(run.output() ? run.output()->dump() : std::string("null"))
            << '\n';
    } else {
        err << RunText::tr("%1: %2: %3")
                   .arg(status, QString::fromStdString(run.error()),
                        QString::fromStdString(run.cause()))
            << '\n';
    }
    switch (run.status()) {
    case Execution::Status::Succeeded:
        return 0;
    case Execution::Status::Failed:
        return 3;
    default:
        return 4;
    }
}

} // namespace stepwise
