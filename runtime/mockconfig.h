#pragma once

#include "jsonutil.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stepwise::runtime {

/// A Step Functions Local MockConfigFile narrowed to one test case: for each mocked Task state,
/// its responses by 0-based invocation number ("0", "1-2" ranges), each a Return or a Throw.
class MockConfig
{
public:
    struct Response
    {
        bool isThrow = false;
        Json value; // Return value
        std::string error, cause;
    };
    enum class Lookup { NotMocked, Found, MissingInvocation };

    /// Reads the file's JSON and picks `testCase` (in `machine`, or in the only machine that has
    /// it when `machine` is empty). Returns an error message or "".
    std::string load(const Json &config, const std::string &machine, const std::string &testCase);

    /// The response for invocation `n` (0-based) of `stateName`.
    Lookup lookup(const std::string &stateName, int n, Response &out) const;
    bool mocks(const std::string &stateName) const { return m_states.count(stateName) > 0; }
    /// The states the test case mocks, so that a caller can report names the definition lacks.
    std::vector<std::string> stateNames() const;
    const std::string &testCase() const { return m_testCase; }

private:
    struct Range
    {
        int from = 0, to = 0;
        Response response;
    };
    std::map<std::string, std::vector<Range>> m_states;
    std::string m_testCase;
};

} // namespace stepwise::runtime
