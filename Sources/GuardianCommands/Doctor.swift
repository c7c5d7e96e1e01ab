import ArgumentParser
import GuardianEvents
import GuardianDoctor

extension Guardian {
    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "doctor",
            abstract: "Check that this kernel and environment let Guardian enforce a profile.",
            discussion: """
                Each mechanism is tried for real in a short-lived child process: seccomp user \
                notification (a trapped call answered by the parent), ADDFD with SEND, \
                process_vm_readv, pidfd_open + pidfd_getfd, SYNC_WAKE_UP, WAIT_KILLABLE_RECV, \
                PTRACE_SEIZE with fork and exec events (and the Yama scope), openat2, Landlock, \
                user namespaces (also as nobody when run as root), cgroup v2, signs of a \
                container, the libseccomp version, and the state and config directories. Each \
                is reported as works, degraded or missing, with a one-line fix.

                Exit status: 0 when Guardian can enforce here (optional features may be \
                degraded); 1 when a required mechanism is missing.

                Examples:
                  guardian doctor
                  guardian doctor --json | jq '.checks[] | select(.status != "works")'
                  setpriv --reuid=nobody --regid=nogroup --clear-groups guardian doctor
                  docker run --rm --security-opt seccomp=deploy/container/seccomp-guardian.json guardian-agent guardian doctor
                """)

        @Flag(help: "Print the report as JSON.") var json = false

        func run() throws {
            let report = DoctorVerdict.report(DoctorFacts.probe(paths: GuardianPaths.fromEnvironment()))
            print(json ? report.json() : report.table())
            if !report.canEnforce { throw ExitCode(report.exitStatus) }
        }
    }
}
