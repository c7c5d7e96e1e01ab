import Foundation
import GuardianTestSupport

/// With user namespaces allowed (`defaults: user_namespaces: allow`, the `sandboxed` profile):
/// the agent may build its own sandbox, and every mount, pivot and chroot inside it changes
/// nothing about what Guardian decides. The denied mode is covered by `unshare-user`,
/// `bind-mount-userns` and `bind-mount-root`.
extension Attack {
    /// A new root for pivot_root: the project's tools bound in, ~/.aws bound at /data.
    static let pivotRoot = #"""
        export R="$OUT/root"; mkdir -p "$R/usr" "$R/data" "$R/old" "$R/etc" "$R/tmp"
        ln -s usr/bin "$R/bin"; ln -s usr/lib "$R/lib"; ln -s usr/lib64 "$R/lib64"
        echo INNER > "$R/etc/hostname"
        """#

    static let namespaces: [Attack] = [
        Attack(name: "userns-allowed-bind-mount-file", script: #"""
            touch "$OUT/f"; unshare -Urm sh -c 'mount --bind "$CRED" "$OUT/f" && cat "$OUT/f"'
            """#, goal: .secret, evidence: .event, profile: "sandboxed"),
        Attack(name: "userns-allowed-bind-mount-dir", script: #"""
            mkdir "$OUT/d"; unshare -Urm sh -c 'mount --bind "$HOME/.ssh" "$OUT/d" && cat "$OUT/d/id_ed25519"; cd "$OUT/d" && cat id_ed25519'
            """#, goal: .secret, evidence: .event, profile: "sandboxed"),
        // pivot_root into a root of the attack's making, the old root detached: absolute and
        // relative paths, `..` past the new root, and an absolute symlink all name ~/.aws.
        Attack(name: "userns-allowed-pivot-root", script: pivotRoot + "\n" + #"""
            unshare -Urm sh -c '
              mount --bind "$R" "$R" && mount --rbind /usr "$R/usr" && mount --bind "$HOME/.aws" "$R/data" &&
              mount --bind "$OUT" "$R/tmp" && cd "$R" && pivot_root . old && cd / || exit 9
              cat /data/credentials; cd /data && cat credentials; cd /usr && cat ../../../data/credentials
              ln -s /data/credentials /tmp/l && cat /tmp/l
              cd / && cat ../../etc/hostname'
            """#, goal: .secret, evidence: .event, profile: "sandboxed"),
        // A filesystem that shows another's files under new inodes: Guardian cannot place them.
        Attack(name: "userns-allowed-overlay-lowerdir", script: #"""
            mkdir -p "$OUT/u" "$OUT/w" "$OUT/m"
            unshare -Urm sh -c 'mount -t overlay overlay -o lowerdir="$HOME/.aws",upperdir="$OUT/u",workdir="$OUT/w" "$OUT/m" && cat "$OUT/m/credentials"'
            """#, goal: .secret, evidence: .event, profile: "sandboxed"),
        // Guardian's own /proc bound elsewhere: another process's entries stay out of reach. The
        // kernel refuses a task in a user namespace of its own too; Guardian, acting as root,
        // must not weaken that.
        Attack(name: "userns-allowed-proc-bind", script: #"""
            mkdir "$OUT/p"; unshare -Urm sh -c 'mount --rbind /proc "$OUT/p" && cat "$OUT/p/$VICTIM/environ"; cat "$OUT/p/$VICTIM/fd/3"' | tr '\0' '\n'
            """#, goal: .secret, evidence: .event, setup: { try victim($0) }, invertedControl: true, profile: "sandboxed"),
        // A root agent mounting in Guardian's own namespaces (no user namespace of its own).
        Attack(name: "userns-allowed-root-mount", script: #"""
            touch "$OUT/f"; unshare -m sh -c 'mount --bind "$SSHKEY" "$OUT/f" && cat "$OUT/f"'
            """#, goal: .secret, evidence: .event, profile: "sandboxed"),
        // bubblewrap, as agents' own sandboxes run it: ~/.aws bound into the sandbox.
        Attack(name: "userns-allowed-bubblewrap", script: #"""
            if command -v bwrap >/dev/null; then
              bwrap --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp --bind "$HOME/.aws" /tmp/x --unshare-all -- \
                sh -c 'cat /tmp/x/credentials; cd /tmp/x && cat ./credentials'
            else
              unshare -Urm sh -c 'mount -t tmpfs t /mnt && mkdir /mnt/x && mount --bind "$HOME/.aws" /mnt/x && cat /mnt/x/credentials'
            fi
            """#, goal: .secret, evidence: .event, profile: "sandboxed"),
    ]
}
