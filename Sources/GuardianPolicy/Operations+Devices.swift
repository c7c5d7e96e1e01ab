// Tools that act on block devices, and their read-only modes:
//
// - a command given a block device (`/dev/sdb`, `node:/dev/nvme0n1`) destroys what is on it
//   when a word of its name, its verb path or a flag says it formats, discards, zaps, scrubs,
//   zeroes, erases, wipes or sanitizes (`nvme format /dev/nvme0n1`, `blkdiscard /dev/sdb`,
//   `cryptsetup luksFormat /dev/sdb1`, `mdadm --zero-superblock /dev/sdb1`, `scrub /dev/sdb`);
// - partitioning tools only print when every flag they are given is one of their printing or
//   checking modes (`sgdisk -p`, `sgdisk --backup=table`, `parted -l`, `sfdisk --dump`,
//   `fdisk -l`): a read that changes nothing, so the rule that holds them does not apply.

extension Operations {
    /// Words that, on a block device, mean its contents are destroyed.
    /// (`kill`: a LUKS key slot killed, `luksKillSlot`; `labelclear`: a ZFS label cleared.)
    static let deviceDestroyWords: Set<String> = ["format", "discard", "zap", "scrub", "zero", "erase", "wipe", "sanitize", "destroy", "shred", "kill", "labelclear"]
    /// Device paths that are not storage.
    static let nonStorageDevices: Set<String> = ["null", "zero", "stdin", "stdout", "stderr", "random", "urandom", "tty", "console", "log", "full", "ptmx"]

    /// Whether an argument names a block device (`/dev/sdb1`, `osd-1:/dev/nvme0n1`, `of=/dev/sda`).
    static func namesBlockDevice(_ text: String) -> Bool {
        guard let r = text.range(of: "/dev/") else { return false }
        let rest = text[r.upperBound...]
        guard let first = rest.split(separator: "/").first, !first.isEmpty else { return false }
        let name = String(first)
        if nonStorageDevices.contains(name) || name.hasPrefix("tty") || name.hasPrefix("pts") || name == "shm" || name == "fd" { return false }
        return true
    }

    /// A command that destroys a block device's contents, by the words of its name, verbs and flags.
    static func deviceDestroy(_ view: ExecView) -> CommandOperation? {
        let a = view.arguments
        guard let device = a.items.first(where: { namesBlockDevice($0.text) }) else { return nil }
        var words: [(String, String)] = []
        for key in view.programKeys {
            for w in Words.split(key) { words.append((w, key)) }
            // `blkdiscard`, `nvmeformat`: a device word inside one word of the name.
            for d in deviceDestroyWords where key.lowercased().contains(d) { words.append((d, key)) }
        }
        for i in a.positionals.prefix(3) where !namesBlockDevice(a.items[i].text) {
            for w in Words.split(a.items[i].text) { words.append((w, a.items[i].text)) }
        }
        for item in a.items where item.kind == .long && !item.afterDoubleDash {
            for w in Words.split(String(item.name)) { words.append((w, String(item.name))) }
        }
        guard let (_, said) = words.first(where: { deviceDestroyWords.contains($0.0) }) else { return nil }
        return CommandOperation(kind: .destroy, why: "\(said) on \(device.text) destroys what the device holds")
    }

    /// Printing and checking modes of partitioning tools (every spelling).
    static let partitionReadModes: [String: String] = [
        "sgdisk": "-p|--print|-b|--backup|-v|--verify|-i|--info|-O|--print-mbr|-P|--pretend|-L|--list-types|-h|--help",
        "gdisk": "-l",
        "parted": "-l|--list|-h|--help|-v|--version",
        "sfdisk": "-l|--list|-d|--dump|-J|--json|-s|--show-size|-V|--verify|-F|--list-free|-r|--reorder-dry-run|-h|--help",
        "fdisk": "-l|--list|-x|--list-details|-s|--getsz|-h|--help",
        "cfdisk": "-h|--help",
    ]

    /// parted's commands that only print (`parted /dev/sdb print`, `… unit MiB print free`).
    static let partedPrintingWords: Set<String> = ["print", "free", "all", "list", "unit", "s", "b", "kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib", "%", "cyl", "chs", "compact", "help"]

    /// A partitioning tool given only printing modes: a read.
    static func partitionReadOnly(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        if keys.contains("parted") {
            let words = a.positionals.map { a.items[$0].text }.filter { !namesBlockDevice($0) }
            if words.contains("print"), words.allSatisfy({ partedPrintingWords.contains($0.lowercased()) }) {
                return CommandOperation(kind: .read, why: "parted \(words.joined(separator: " ")) only prints the partition table", harmless: true)
            }
        }
        for key in keys {
            guard let spec = partitionReadModes[key] else { continue }
            let flags = a.items.filter { $0.kind != .positional && !$0.afterDoubleDash }
            guard !flags.isEmpty else { continue }
            let modes = FlagSpec(spec)
            let onlyModes = flags.allSatisfy { f in
                // A cluster of short flags counts only when every letter is a mode.
                if f.kind == .short && f.name.count > 2 { return f.inlineValue == nil && f.name.dropFirst().allSatisfy { modes.shortNames.contains($0) } }
                return modes.matches(f)
            }
            if onlyModes {
                return CommandOperation(kind: .read, why: "\(key) \(flags.map(\.name).joined(separator: " ")) only prints the partition table", harmless: true)
            }
        }
        return nil
    }
}
