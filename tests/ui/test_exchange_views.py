"""The one door in the client: the Kotak keluar tab (pending, sent, failed with the reason; retry,
cancel, send now), the letter form's LAPOR! tracking ID and exchange history, the channels' settings
with "Uji koneksi", and importing e-mails and WhatsApp chats from the Berkas menu. Against a real
loopback LAPOR! server."""

from __future__ import annotations

import channel_samples
import pytest
from channel_samples import email_message
from letter_texts import compose

from bench.loopback import LaporServer, free_port
from sipdumas.connectors.lapor import LaporSettings
from sipdumas.services import outbox
from sipdumas.services.lapor import save_lapor_settings, transmit_letters
from sipdumas.services.letters import LetterInput, SenderData, count_letters, get_letter, register_letter
from ui.exchange.channels_dialog import ChannelsDialog
from ui.register.letter_form import LetterForm

memory_keyring = channel_samples.memory_keyring


def a_letter(db, admin, complaint="bansos", name="Budi Santoso"):
    return register_letter(
        db,
        admin,
        data=LetterInput(
            subject=f"Pengaduan {complaint}",
            text=compose(name=name, complaint=complaint),
            sender=SenderData(name=name, phone="081222334455"),
        ),
    )


@pytest.fixture
def server():
    with LaporServer() as s:
        yield s


def test_the_outbox_tab_shows_pending_sent_and_failed_and_acts(qtbot, window_factory, db, admin, server):
    dead = f"http://127.0.0.1:{free_port()}"
    save_lapor_settings(db, admin, settings=LaporSettings(base_url=dead))
    rows = [a_letter(db, admin, c, name=f"Pengadu {c}") for c in ("bansos", "jalan", "tanah")]
    items = transmit_letters(db, admin, letter_ids=[r.id for r in rows])
    outbox.send_outbox(db, admin)  # the server is unreachable: all three wait, with the reason
    window = window_factory(db, admin)
    assert window.show_view("outbox")
    view = window.integrations["exchange"].outbox
    qtbot.waitUntil(lambda: view.table.topLevelItemCount() == 3, timeout=10000)
    assert "3 menunggu" in view.counts.text()
    first = view.table.topLevelItem(0)
    assert first.text(4) == "Menunggu" and "tidak dapat dihubungi" in first.text(7)

    rows_by_id = {view.table.topLevelItem(i).text(0): view.table.topLevelItem(i) for i in range(3)}
    view.table.setCurrentItem(rows_by_id[str(items[2].id)])
    view.cancel_selected(note="dikirim lewat surat")
    qtbot.waitUntil(
        lambda: (
            "Dibatalkan"
            in [view.table.topLevelItem(i).text(4) for i in range(view.table.topLevelItemCount())]
        ),
        timeout=10000,
    )

    save_lapor_settings(db, admin, settings=LaporSettings(base_url=server.url))  # the network is back
    for item in items[:2]:
        outbox.retry_message(db, admin, message_id=item.id)
    view.send_now()
    qtbot.waitUntil(lambda: "Terkirim 2" in view.message.text(), timeout=20000)
    qtbot.waitUntil(lambda: "2 terkirim" in view.counts.text(), timeout=10000)
    assert server.creates == 2
    texts = [view.table.topLevelItem(i).text(7) for i in range(view.table.topLevelItemCount())]
    assert any("LAPOR-00000" in t for t in texts)


def test_the_letter_form_shows_the_tracking_id_and_history(qtbot, db, admin, tasks, server):
    save_lapor_settings(db, admin, settings=LaporSettings(base_url=server.url))
    row = a_letter(db, admin)
    form = LetterForm(db, admin, tasks, detail=get_letter(db, admin, letter_id=row.id))
    qtbot.addWidget(form)
    form.show()
    box = form.exchange_box
    qtbot.waitUntil(lambda: "Belum dikirim" in box.tracking.text(), timeout=10000)
    assert box.send_button.isEnabled()
    box.send_to_lapor()
    qtbot.waitUntil(lambda: "menunggu di kotak keluar" in box.tracking.text(), timeout=10000)
    assert not box.send_button.isEnabled()
    outbox.send_outbox(db, admin)
    box.load(row.id)
    qtbot.waitUntil(lambda: "LAPOR-000001" in box.tracking.text(), timeout=10000)
    details = [box.events.topLevelItem(i).text(2) for i in range(box.events.topLevelItemCount())]
    assert details[0].startswith("Masuk kotak keluar") and "LAPOR-000001" in details[1]


def test_channel_settings_are_tested_and_saved_with_secrets_in_the_keyring(
    qtbot, db, admin, tasks, server, memory_keyring
):
    dialog = ChannelsDialog(db, admin, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.unit_code.text() == "DUMAS", timeout=10000)
    dialog.lapor_url.setText(server.url)
    dialog.test_lapor()
    qtbot.waitUntil(lambda: "LAPOR! menjawab" in dialog.lapor_result.text(), timeout=10000)
    dialog.mail_host.setText("127.0.0.1")
    dialog.mail_port.setValue(free_port())
    dialog.mail_security.setCurrentIndex(dialog.mail_security.findData("none"))
    dialog.mail_user.setText("dumas")
    dialog.mail_password.setText("rahasia")
    dialog.test_mail()
    qtbot.waitUntil(lambda: "tidak dapat dihubungi" in dialog.mail_result.text(), timeout=10000)
    dialog.lapor_token.setText("token-rahasia")
    dialog.unit_code.setText("SETNEG")
    dialog.save()
    qtbot.waitUntil(lambda: "disimpan" in dialog.foot.message.text(), timeout=10000)
    assert memory_keyring.items[("sipdumas", "imap:dumas@127.0.0.1")] == "rahasia"
    assert memory_keyring.items[("sipdumas", f"lapor:{server.url}")] == "token-rahasia"
    qtbot.waitUntil(lambda: "keyring" in dialog.mail_password.placeholderText(), timeout=10000)
    assert dialog.mail_password.text() == ""


def test_emails_and_chats_are_imported_from_the_file_menu(qtbot, window_factory, db, admin, tmp_path):
    eml = tmp_path / "pengaduan.eml"
    eml.write_bytes(email_message(body=compose(name="Budi Santoso", complaint="bansos")))
    chat = tmp_path / "chat.txt"
    chat.write_text(
        "12/03/24 14.05 - Siti Aminah: " + compose(name="Siti Aminah", complaint="jalan"), encoding="utf-8"
    )
    window = window_factory(db, admin)
    integration = window.integrations["exchange"]
    assert integration.act_import in window.file_menu.actions()
    job = integration.import_files([eml, chat])
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    qtbot.waitUntil(lambda: "2 pesan dicatat" in window.statusBar().currentMessage(), timeout=20000)
    assert count_letters(db, admin) == 2
