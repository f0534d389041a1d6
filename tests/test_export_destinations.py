"""Where exports go and what travels with a workspace: removable drives, and backups that carry the signing key."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from desktop.core.drives import Drive, removable_drives
from desktop.core.export import export, submissions
from desktop.core.signing import keystore
from desktop.core.workspace import Workspace
from tests.test_export_support import DAY1, DAY2, PASS, unit_workspace

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the /proc/mounts reader is Linux's")


def _fake_sysfs(root, disks: dict[str, tuple[str, list[str]]]):
    """disks: name → (removable flag, partitions); partitions are sub-folders, as in /sys/block."""
    for name, (flag, parts) in disks.items():
        (root / name).mkdir(parents=True)
        (root / name / "removable").write_text(flag + "\n")
        for p in parts:
            (root / name / p).mkdir()
    return root


@linux_only
def test_removable_drives_from_mounts_and_sysfs(tmp_path):
    sysfs = _fake_sysfs(tmp_path / "sys", {"sda": ("0", ["sda1", "sda2"]), "sdb": ("1", ["sdb1"]),
                                           "mmcblk0": ("1", ["mmcblk0p1"]), "sr0": ("1", [])})
    media = tmp_path / "media" / "clerk"
    stick, card, disk, cd, usb_hdd = (media / "KINGSTON U盘", tmp_path / "mnt" / "sd card", tmp_path / "data",
                                       media / "CDROM", media / "My Passport")
    for d in (stick, card, disk, cd, usb_hdd):
        d.mkdir(parents=True)
    mounts = tmp_path / "mounts"
    esc = lambda p: str(p).replace(" ", "\\040")  # noqa: E731 - /proc/mounts escapes spaces
    mounts.write_text("\n".join([
        "proc /proc proc rw,relatime 0 0",
        "/dev/sda2 / ext4 rw,relatime 0 0",
        f"/dev/sda1 {esc(disk)} ext4 rw,relatime 0 0",
        f"/dev/sdb1 {esc(stick)} vfat rw,nosuid,nodev,uid=1000 0 0",
        f"/dev/mmcblk0p1 {esc(card)} exfat rw,relatime 0 0",
        f"/dev/sr0 {esc(cd)} iso9660 ro,nosuid 0 0",
        f"/dev/sdc1 {esc(usb_hdd)} ntfs3 rw,relatime 0 0",  # reports itself fixed, but mounted as media
        f"/dev/sdb1 {esc(stick)} vfat rw 0 0",  # listed twice (bind mount)
        "garbage",
    ]) + "\n")
    drives = removable_drives(mounts=mounts, sys_block=sysfs, media_roots=[media])
    assert [d.path for d in drives] == [stick, card, usb_hdd]
    assert [d.label for d in drives] == ["KINGSTON U盘", "sd card", "My Passport"]
    assert all(isinstance(d, Drive) and d.free_bytes and d.free_bytes > 0 for d in drives)


@linux_only
def test_no_mounts_file_means_no_drives(tmp_path):
    assert removable_drives(mounts=tmp_path / "nothing", sys_block=tmp_path, media_roots=[]) == []


def test_this_machine_answers_without_error():
    drives = removable_drives()
    assert all(d.path.exists() for d in drives)


def test_backup_carries_the_signing_key_and_the_submissions(tmp_path):
    ws = unit_workspace(tmp_path)
    first = export(ws, tmp_path / "out1", passphrase=PASS, now=DAY1, converter=None)
    info = ws.backup(tmp_path / "backup.zip")
    ws.close()
    restored = tmp_path / "restored"
    Workspace.restore(info.path, restored)
    private = restored / "keys" / keystore.PRIVATE_NAME
    assert private.exists() and (restored / "keys" / keystore.PUBLIC_NAME).exists()
    if os.name == "posix":
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert keystore.load_signer(restored, PASS).fingerprint == first.fingerprint
    with Workspace.open(restored) as w2:
        assert [s.id for s in submissions(w2)] == [first.submission_id]
        second = export(w2, tmp_path / "out2", passphrase=PASS, since_last=True, now=DAY2, converter=None)
    assert second.record_status == "SUPPLEMENT" and second.sequence == 2


def test_a_backup_with_a_path_escaping_keys_is_refused(tmp_path):
    import json
    import zipfile

    from desktop.core.workspace.errors import BackupError

    ws = unit_workspace(tmp_path, key=True)
    info = ws.backup(tmp_path / "b.zip")
    ws.close()
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(info.path) as zin, zipfile.ZipFile(evil, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "manifest.json":
                m = json.loads(data)
                m["files"][0]["path"] = "keys/../../outside.txt"
                data = json.dumps(m).encode()
            zout.writestr(item, data)
    with pytest.raises(BackupError, match="不安全"):
        Workspace.restore(evil, tmp_path / "r")
    assert not (tmp_path / "outside.txt").exists() and not (tmp_path / "r").exists()
