"""Realistic synthetic registers for benchmarks: letters as an office's legacy register holds them.

Deterministic for a given seed, so two runs measure the same data. A letter is a *case* (who writes,
from where, about what: a topic with its own officials, offices, objects and harms, and the facts of
this case: village, amounts, dates, counts) rendered into text by a small grammar: each part of a
letter (opening, identity, what happened, what was done about it, the harm, the request, closing) has
many interchangeable sentences, topic sentences are built from the topic's own vocabulary, and the
identity block comes in several layouts. Two letters about the same topic therefore share its words
but rarely a sentence, and :func:`resend` writes the same case again in other words (new sentences
over the same facts), as people re-send a complaint that got no answer.

Names come from many regions (Javanese single names, Batak, Minang, Bugis, Balinese, Sundanese, Papuan,
Chinese-Indonesian family names), places from the 514 regencies and cities of
:mod:`sipdumas.domain.regencies` (the NIK prefix matches the regency), villages from the usual
building blocks of Indonesian place names.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from sipdumas.domain.regencies import REGENCIES

FIRST = (  # noqa: SIM905 - a list of words reads better as words
    "Andi Budi Citra Dewi Eko Fitri Gunawan Hadi Indah Joko Kartika Lestari Made Nur Putu Rina Sari "
    "Taufik Umar Wahyu Yusuf Agus Bambang Sri Siti Rudi Hendra Ratna Yohanes Maria Ketut Nyoman Wayan "
    "Komang Gede Ayu Bagus Dimas Fajar Galih Hasan Ilham Irfan Jefri Kurnia Lukman Mahmud Nanda Oktavia "
    "Puspita Rahmat Rizky Sigit Teguh Utami Vina Wulan Yanti Zainal Abdul Ahmad Arif Asep Cecep Dadang "
    "Dedi Enny Fransiska Gregorius Herman Ignatius Imam Intan Januarius Kornelis Lina Markus Melati "
    "Mikael Nining Novi Paulus Petrus Ruslan Samuel Sutrisno Suparman Sumarni Sukarti Tuti Wagiman "
    "Yosef Yuliana Zulkifli Daeng Andriani Baso Ambo Sitti Hamka Syamsul Iwan Rosmini Darmawati Ucok "
    "Tigor Rotua Martua Horas Butet Ikhsan Rahmi Zulfikar Nurhayati Mardiana Hendrik Benny Lie Hartono "
    "Kristina Fernando Agustinus Yakobus Frans Selvi Aprilia Meiliana Septian Novianto Desi"
).split()
LAST = (  # noqa: SIM905 - a list of words reads better as words
    "Harahap Siregar Nasution Lubis Simanjuntak Wijaya Santoso Pratama Saputra Hidayat Kurniawan "
    "Setiawan Nugroho Wibowo Rahman Hasibuan Sembiring Ginting Tarigan Manurung Pardede Suryani Sinaga "
    "Situmorang Panjaitan Hutapea Damanik Purba Batubara Tanjung Chaniago Koto Piliang Sikumbang "
    "Caniago Mappanyukki Pettalolo Lamusu Paputungan Mokoginta Rumbiak Wenda Kogoya Mandowen Rumkorem "
    "Wonda Tabuni Kambu Sumampouw Lumempouw Pangemanan Rondonuwu Tumbelaka Kalalo Tanod Wenas Pasaribu "
    "Marpaung Napitupulu Sitompul Simatupang Kusuma Permana Ramadhan Firmansyah Maulana Gunadi Halim "
    "Tanuwijaya Gunawan Salim Susanto Hartanto Lim Tan Ong Sutanto Darmawan Suharto Sudarsono "
    "Prasetyo Utomo Widodo Suryadi Hakim Munandar Syahputra Lubis Rangkuti Daulay Pohan Ritonga "
    "Dalimunthe Matondang Pulungan Tambunan Silalahi Manik Bangun Karokaro Barus Pelawi Sitepu Surbakti"
).split()
TITLES_BEFORE = ["H.", "Hj.", "Drs.", "Dr.", "Ir.", "Bapak", "Ibu"]
TITLES_AFTER = ["S.Pd.", "S.H.", "S.E.", "S.Kom.", "M.Si.", "S.Sos.", "A.Md."]

_VILLAGE_HEAD = (  # noqa: SIM905 - a list of words reads better as words
    "Suka Karang Tanjung Sumber Mekar Pasir Bojong Ci Wono Mulyo Sido Batu Lubuk Talang Sei Kampung "
    "Teluk Air Muara Padang Rejo Sri Tegal Kebon Pulo Labuhan Bukit Koto Nagari Way Desa Simpang"
).split()
_VILLAGE_TAIL = (  # noqa: SIM905 - a list of words reads better as words
    "maju jaya sari rejo mulya harjo asri makmur baru indah agung rahayu tani damai wangi kerta raya "
    "sejahtera lestari bakti mukti Lama Tengah Hilir Hulu Timur Barat Utara Selatan Dalam"
).split()
VILLAGES = [(h + t if t[0].islower() else f"{h} {t}") for h in _VILLAGE_HEAD for t in _VILLAGE_TAIL if h != t]
STREETS = [
    "Merdeka",
    "Sudirman",
    "Diponegoro",
    "Gajah Mada",
    "Ahmad Yani",
    "Pahlawan",
    "Cendrawasih",
    "Kenanga",
    "Melati",
    "Flamboyan",
    "Sisingamangaraja",
    "Hasanuddin",
    "Pattimura",
    "Imam Bonjol",
    "Teuku Umar",
    "Gatot Subroto",
    "Veteran",
    "Pemuda",
    "Kartini",
    "Cut Nyak Dien",
    "Raya Pasar",
    "Poros Desa",
    "Lintas Timur",
    "Trans Sulawesi",
]
MONTH_NAMES = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
ADDRESSEES = [
    "Presiden Republik Indonesia",
    "Menteri Sekretaris Negara",
    "Kepala Kantor Staf Presiden",
    "Ketua Ombudsman Republik Indonesia",
    "Gubernur {province}",
    "Bupati/Wali Kota {regency}",
]


class Topic:
    """A kind of complaint: its subject lines, register category, and the words its letters use."""

    def __init__(
        self,
        category: str,
        subjects: list[str],
        problems: list[str],
        offices: list[str],
        officials: list[str],
        objects: list[str],
        acts: list[str],
        harms: list[str],
        requests: list[str],
    ) -> None:
        self.category = category
        self.subjects = subjects
        self.problems = problems
        self.offices = offices
        self.officials = officials
        self.objects = objects
        self.acts = acts
        self.harms = harms
        self.requests = requests


TOPICS = (
    Topic(
        "04 Kepegawaian",
        [
            "Permohonan kejelasan status kepegawaian",
            "Pengangkatan PPPK yang tertunda",
            "Gaji honorer belum dibayar",
        ],
        [
            "status kepegawaian tenaga honorer",
            "pengangkatan PPPK yang tidak kunjung terbit",
            "honor yang belum dibayarkan",
        ],
        ["badan kepegawaian daerah", "dinas pendidikan", "puskesmas kecamatan", "sekretariat daerah"],
        ["kepala badan kepegawaian", "kepala dinas", "sekretaris daerah", "kepala bidang mutasi"],
        ["surat keputusan pengangkatan", "daftar nominatif", "berkas seleksi", "slip honor"],
        ["menunda penerbitan", "mencoret nama kami dari", "tidak memproses", "menahan"],
        ["kami tidak menerima penghasilan selama {n} bulan", "rekan seangkatan sudah diangkat lebih dulu"],
        ["menerbitkan surat keputusan pengangkatan kami", "membayar honor yang tertunggak"],
    ),
    Topic(
        "03 Korupsi/pungli",
        ["Pengaduan pungutan liar", "Pungli dalam pengurusan dokumen", "Dugaan pemerasan oleh oknum petugas"],
        ["pungutan liar pengurusan surat", "permintaan uang pelicin", "pemerasan oleh oknum petugas"],
        ["kantor kelurahan", "kantor kecamatan", "dinas kependudukan dan pencatatan sipil", "kantor samsat"],
        ["oknum pegawai", "petugas loket", "lurah", "sekretaris camat"],
        ["kartu keluarga", "akta kelahiran", "surat keterangan usaha", "KTP elektronik", "izin usaha"],
        ["meminta uang sebesar Rp{amount}", "menahan", "mempersulit penerbitan", "memungut biaya untuk"],
        ["warga yang tidak membayar tidak dilayani", "kami harus bolak-balik {n} kali tanpa hasil"],
        ["menindak oknum tersebut", "menghentikan pungutan yang tidak sah"],
    ),
    Topic(
        "05 Pertanahan/perumahan",
        ["Sengketa tanah warisan", "Sertifikat tanah ganda", "Penyerobotan lahan warga", "Ganti rugi lahan"],
        [
            "sertifikat tanah yang diterbitkan ganda",
            "penyerobotan lahan milik keluarga",
            "ganti rugi pembebasan lahan",
        ],
        ["kantor pertanahan", "badan pertanahan nasional", "kantor desa", "panitia pengadaan tanah"],
        ["kepala kantor pertanahan", "juru ukur", "kepala desa", "ketua panitia pengadaan tanah"],
        ["sertifikat hak milik", "tanah seluas {n}00 meter persegi", "patok batas", "girik"],
        [
            "menerbitkan sertifikat baru atas",
            "memindahkan",
            "mengukur ulang",
            "tidak membayar ganti rugi atas",
        ],
        ["keluarga kami kehilangan satu-satunya sumber penghidupan", "rumah kami terancam digusur"],
        ["membatalkan sertifikat yang cacat hukum", "membayar ganti rugi yang layak"],
    ),
    Topic(
        "02 Pelayanan publik",
        ["Jalan desa rusak berat", "Jembatan penghubung ambruk", "Penerangan jalan umum padam"],
        [
            "jalan desa yang rusak dan berlubang",
            "jembatan yang ambruk",
            "lampu jalan yang padam berbulan-bulan",
        ],
        ["dinas pekerjaan umum", "dinas perhubungan", "kantor desa", "balai pelaksana jalan nasional"],
        ["kepala dinas pekerjaan umum", "kepala desa", "camat", "pengawas proyek"],
        ["jalan sepanjang {n} kilometer", "jembatan gantung", "gorong-gorong", "lampu penerangan"],
        ["membiarkan", "tidak memperbaiki", "hanya menambal sebagian", "menghentikan pekerjaan pada"],
        ["anak-anak kesulitan berangkat sekolah", "hasil panen tidak dapat diangkut ke pasar"],
        ["memperbaiki jalan tersebut sebelum musim hujan", "membangun kembali jembatan"],
    ),
    Topic(
        "02 Pelayanan publik",
        ["Bantuan sosial tidak tepat sasaran", "Nama dicoret dari penerima PKH", "BLT tidak diterima"],
        ["penyaluran bantuan sosial yang tidak merata", "pencoretan nama penerima PKH", "BLT dana desa"],
        ["dinas sosial", "kantor desa", "pendamping PKH", "kantor pos"],
        ["pendamping sosial", "kepala desa", "operator desa", "kepala dinas sosial"],
        ["kartu keluarga sejahtera", "data terpadu kesejahteraan sosial", "bantuan beras", "kartu PKH"],
        ["mencoret nama kami dari", "memotong", "membagikan kepada kerabatnya", "tidak menyalurkan"],
        ["keluarga kami yang miskin tidak lagi menerima bantuan", "warga mampu justru menerima bantuan"],
        ["memverifikasi ulang data penerima", "memulihkan bantuan kami"],
    ),
    Topic(
        "09 Lingkungan hidup",
        ["Pencemaran sungai oleh limbah", "Bau busuk dari peternakan", "Penambangan pasir liar"],
        ["limbah pabrik yang mencemari sungai", "bau busuk peternakan ayam", "penambangan pasir tanpa izin"],
        ["dinas lingkungan hidup", "dinas energi dan sumber daya mineral", "satpol PP", "kantor kecamatan"],
        ["pemilik pabrik", "pengusaha tambang", "petugas pengawas lingkungan", "camat"],
        ["sungai", "sumur warga", "lahan sawah", "daerah aliran sungai"],
        ["membuang limbah ke", "mengeruk", "mencemari", "membiarkan kerusakan"],
        ["ikan mati dan air tidak dapat dipakai", "{n}0 warga menderita gatal-gatal", "sawah gagal panen"],
        ["menutup pembuangan limbah", "mencabut izin usaha tersebut", "memulihkan sungai"],
    ),
    Topic(
        "01 Penyalahgunaan wewenang",
        ["Penyalahgunaan dana desa", "Proyek desa fiktif", "Kepala desa menyalahgunakan jabatan"],
        [
            "penggunaan dana desa yang tidak transparan",
            "proyek fiktif",
            "penyalahgunaan wewenang kepala desa",
        ],
        [
            "kantor desa",
            "badan permusyawaratan desa",
            "inspektorat daerah",
            "dinas pemberdayaan masyarakat desa",
        ],
        ["kepala desa", "bendahara desa", "ketua BPD", "sekretaris desa"],
        ["anggaran pembangunan", "dana desa tahun {year}", "bantuan keuangan", "aset desa"],
        ["tidak mempertanggungjawabkan", "menggelembungkan", "menjual", "memakai untuk kepentingan pribadi"],
        ["pembangunan di desa kami terbengkalai", "warga tidak pernah diajak musyawarah"],
        ["mengaudit penggunaan dana desa", "memeriksa kepala desa"],
    ),
    Topic(
        "06 Hukum/peradilan/HAM",
        ["Permohonan keadilan atas putusan", "Laporan polisi tidak ditindaklanjuti", "Penahanan tanpa surat"],
        [
            "putusan pengadilan yang merugikan",
            "laporan polisi yang tidak diproses",
            "penahanan sewenang-wenang",
        ],
        ["pengadilan negeri", "kepolisian sektor", "kejaksaan negeri", "kepolisian resor"],
        ["penyidik", "kepala kepolisian sektor", "jaksa penuntut", "panitera"],
        ["laporan polisi", "berkas perkara", "barang bukti", "surat penahanan"],
        ["tidak menindaklanjuti", "menghilangkan", "menahan", "menunda pemeriksaan"],
        ["pelaku masih bebas berkeliaran", "keluarga kami diintimidasi"],
        ["memeriksa penyidik yang menangani perkara", "memberikan kepastian hukum"],
    ),
    Topic(
        "02 Pelayanan publik",
        ["Pelayanan rumah sakit umum daerah", "Pasien BPJS ditolak", "Biaya persalinan dipungut"],
        ["pelayanan pasien BPJS di rumah sakit", "penolakan pasien", "pungutan biaya persalinan"],
        ["rumah sakit umum daerah", "puskesmas", "BPJS Kesehatan", "dinas kesehatan"],
        ["direktur rumah sakit", "petugas pendaftaran", "dokter jaga", "kepala puskesmas"],
        ["kartu BPJS", "ruang rawat inap", "obat", "rujukan"],
        ["menolak", "memungut biaya atas", "tidak memberikan", "menelantarkan pasien dengan"],
        ["ibu kami harus menunggu {n} jam di lorong", "kami terpaksa meminjam uang"],
        ["menegur rumah sakit tersebut", "mengembalikan biaya yang dipungut"],
    ),
    Topic(
        "04 Kepegawaian",
        ["Mutasi pegawai tidak sesuai prosedur", "Pemberhentian sepihak", "Tunjangan tidak dibayar"],
        ["mutasi jabatan tanpa prosedur", "pemberhentian sepihak", "tunjangan kinerja yang dipotong"],
        ["badan kepegawaian daerah", "sekretariat daerah", "dinas perhubungan", "inspektorat"],
        ["kepala dinas", "sekretaris daerah", "kepala bagian umum", "atasan langsung"],
        ["surat keputusan mutasi", "tunjangan kinerja", "penilaian kinerja", "berkas kepegawaian"],
        ["memindahkan saya tanpa", "memotong", "memberhentikan saya tanpa", "mengabaikan"],
        ["saya harus menempuh {n}0 kilometer setiap hari", "keluarga saya kehilangan penghasilan"],
        ["meninjau kembali keputusan mutasi", "membayar tunjangan yang dipotong"],
    ),
    Topic(
        "07 Pendidikan",
        ["Pungutan sekolah negeri", "Ijazah ditahan sekolah", "Zonasi PPDB tidak adil"],
        ["pungutan uang gedung di sekolah negeri", "ijazah yang ditahan", "penerimaan siswa baru"],
        ["sekolah menengah pertama negeri", "dinas pendidikan", "komite sekolah", "sekolah dasar negeri"],
        ["kepala sekolah", "ketua komite sekolah", "wali kelas", "panitia PPDB"],
        ["ijazah", "seragam sekolah", "uang gedung", "kartu Indonesia pintar"],
        ["menahan", "memungut Rp{amount} untuk", "mewajibkan pembelian", "tidak menerima"],
        ["anak kami tidak dapat melanjutkan sekolah", "orang tua murid keberatan"],
        ["menyerahkan ijazah anak kami", "menghentikan pungutan di sekolah"],
    ),
    Topic(
        "08 Ketenagakerjaan",
        ["Upah di bawah UMK", "PHK tanpa pesangon", "BPJS Ketenagakerjaan tidak dibayar"],
        ["upah di bawah upah minimum", "pemutusan hubungan kerja tanpa pesangon", "iuran jaminan sosial"],
        ["dinas tenaga kerja", "pengawas ketenagakerjaan", "BPJS Ketenagakerjaan", "perusahaan perkebunan"],
        ["pemilik perusahaan", "manajer personalia", "mandor", "pengawas ketenagakerjaan"],
        ["upah", "pesangon", "iuran BPJS", "kontrak kerja"],
        ["tidak membayar", "memotong", "memutus kontrak tanpa", "menahan"],
        ["{n}0 buruh kehilangan pekerjaan", "kami tidak dapat berobat"],
        ["memeriksa perusahaan tersebut", "memastikan hak pekerja dibayar"],
    ),
    Topic(
        "10 Pertanian/perkebunan",
        ["Pupuk bersubsidi langka", "Irigasi sawah rusak", "Konflik kebun plasma"],
        ["kelangkaan pupuk bersubsidi", "saluran irigasi yang rusak", "pembagian kebun plasma"],
        ["dinas pertanian", "kios pupuk", "perusahaan perkebunan", "balai wilayah sungai"],
        ["penyuluh pertanian", "pemilik kios", "manajer kebun", "ketua kelompok tani"],
        ["pupuk urea", "saluran irigasi", "kebun plasma", "benih padi"],
        ["menjual di atas harga eceran", "tidak membagikan", "menguasai", "membiarkan rusaknya"],
        ["sawah seluas {n}0 hektare tidak dapat ditanami", "petani merugi"],
        ["menertibkan penyaluran pupuk", "memperbaiki saluran irigasi"],
    ),
    Topic(
        "02 Pelayanan publik",
        ["Air bersih PDAM tidak mengalir", "Listrik desa sering padam", "Tagihan air melonjak"],
        ["air PDAM yang tidak mengalir", "listrik yang sering padam", "tagihan yang melonjak"],
        ["perusahaan daerah air minum", "PLN unit layanan", "kantor desa", "dinas perumahan"],
        ["direktur PDAM", "manajer PLN", "petugas pencatat meter", "kepala desa"],
        ["meteran air", "jaringan listrik", "pipa distribusi", "tagihan"],
        ["tidak memperbaiki", "menagih Rp{amount} atas", "memutus sambungan", "membiarkan"],
        ["warga harus membeli air", "usaha kecil kami merugi"],
        ["memperbaiki jaringan", "meninjau ulang tagihan"],
    ),
)

OPENINGS = [
    "Dengan hormat,",
    "Dengan hormat, bersama surat ini saya menyampaikan pengaduan.",
    "Assalamualaikum warahmatullahi wabarakatuh.",
    "Salam sejahtera,",
    "Dengan segala kerendahan hati,",
    "Yth. Bapak/Ibu,",
]
IDENTITY_LAYOUTS = (
    "Saya yang bertanda tangan di bawah ini:\nNama: {name}\nNIK: {nik}\nAlamat: {address}\nNo. HP: {phone}",
    "Nama : {name}\nNIK : {nik}\nAlamat : {address}\nTelepon : {phone}",
    "Perkenankan saya, {name}, NIK {nik}, beralamat di {address}, nomor telepon {phone}.",
    "Saya {name} (NIK {nik}), warga {address}, dapat dihubungi di {phone}.",
)
CLOSINGS = [
    "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
    "Atas perhatian dan bantuannya kami ucapkan terima kasih.",
    "Besar harapan kami agar pengaduan ini segera ditanggapi.",
    "Demikian surat ini, semoga mendapat perhatian yang semestinya.",
    "Wassalamualaikum warahmatullahi wabarakatuh.",
]
SIGN_OFFS = ["Hormat saya,", "Hormat kami,", "Pelapor,", "Salam hormat,"]
RESEND_NOTES = [
    "Surat ini merupakan pengiriman ulang atas surat saya tertanggal {date} yang belum mendapat tanggapan.",
    "Sebelumnya saya telah menyampaikan pengaduan yang sama pada {date}, namun sampai sekarang belum ada jawaban.",
    "Dengan ini saya kirimkan kembali pengaduan saya, karena surat saya bulan {month} lalu tidak dijawab.",
    "Menindaklanjuti surat saya terdahulu, saya sampaikan kembali persoalan yang sama.",
]

# Sentences of the letter's middle, by what they do; slots are filled from the topic and the case.
WHAT = [
    "Sejak {when}, {official} {act} {obj} milik {whom} di Desa {village}.",
    "Pada {when} {official} dari {office} {act} {obj} kami.",
    "Kami ingin melaporkan bahwa {official} {act} {obj} warga Desa {village}.",
    "Persoalan {problem} ini bermula pada {when}, ketika {official} {act} {obj}.",
    "Di Desa {village}, {regency}, {official} telah {act} {obj} sejak {when}.",
    "Sudah {n} bulan lamanya {problem} di lingkungan kami tidak diselesaikan oleh {office}.",
    "Masalah yang kami hadapi adalah {problem}, yang dilakukan oleh {official} di {office}.",
]
DONE = [
    "Kami sudah mendatangi {office} sebanyak {n} kali, tetapi selalu diminta menunggu.",
    "Masalah ini sudah kami laporkan kepada {official2} pada {when2}, namun belum ada tindak lanjut.",
    "Surat kami kepada {office} tertanggal {when2} tidak pernah dibalas.",
    "Kami telah menghubungi nomor pengaduan {office}, tetapi tidak pernah tersambung.",
    "Warga sudah bermusyawarah dan menandatangani surat pernyataan bersama yang kami lampirkan.",
    "Menurut keterangan {official2}, persoalan tersebut bukan kewenangannya.",
    "{official2} berjanji akan menyelesaikannya dalam {n} minggu, tetapi janji itu tidak ditepati.",
    "Kami sudah mengadu ke DPRD setempat, namun belum ada hasilnya.",
]
HARM = [
    "Akibatnya {harm}.",
    "Karena itu {harm}, dan keadaan ini makin berat bagi keluarga kami.",
    "Hingga sekarang {harm}.",
    "Kerugian yang kami alami tidak sedikit: {harm}.",
    "Kami khawatir {harm} apabila keadaan ini dibiarkan.",
]
EXTRA = [
    "Beberapa tetangga kami di Desa {village} mengalami hal yang sama.",
    "Kami siap memberikan keterangan tambahan dan bukti apabila diperlukan.",
    "Bukti berupa foto dan salinan {obj} kami lampirkan bersama surat ini.",
    "Kami menduga ada permainan antara oknum {office} dengan pihak lain.",
    "Hal ini juga sudah diberitakan oleh media setempat pada {when2}.",
    "Kami tidak mendapat penjelasan tertulis mengenai alasan tindakan tersebut.",
    "Sebagai warga yang taat aturan kami merasa diperlakukan tidak adil.",
    "Kami mohon identitas kami dirahasiakan karena takut akan adanya tekanan.",
]
ASK = [
    "Kami mohon Bapak/Ibu berkenan {request}.",
    "Untuk itu kami memohon agar instansi terkait {request}.",
    "Kami berharap pemerintah segera {request}.",
    "Mohon kiranya {office} diperintahkan untuk {request}.",
]
WHOM = ["keluarga kami", "warga", "para petani", "kami", "orang tua kami", "anggota kelompok kami"]


def _when(rng: random.Random, year: int) -> str:
    shape = rng.randrange(4)
    month = MONTH_NAMES[rng.randrange(12)]
    if shape == 0:
        return f"{rng.randint(1, 28)} {month} {year}"
    if shape == 1:
        return f"bulan {month} {year}"
    if shape == 2:
        return f"awal tahun {year}"
    return f"pertengahan {month} {year}"


def _regency(rng: random.Random) -> tuple[str, str]:
    code, name = _REGENCY_LIST[rng.randrange(len(_REGENCY_LIST))]
    return code, name


_REGENCY_LIST = sorted(REGENCIES.items())


def person(rng: random.Random) -> str:
    """A name as people sign letters: one to three words, sometimes with a title."""
    shape = rng.random()
    if shape < 0.15:
        name = rng.choice(FIRST)  # a single name, as many Javanese write
    elif shape < 0.8:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    else:
        name = f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(LAST)}"
    if rng.random() < 0.08:
        name = f"{rng.choice(TITLES_BEFORE)} {name}"
    if rng.random() < 0.06:
        name = f"{name}, {rng.choice(TITLES_AFTER)}"
    return name


def case(rng: random.Random, year: int) -> dict:
    """What a letter is about and who sends it: the facts both a letter and its re-sends tell."""
    code, regency = _regency(rng)
    topic_index = rng.randrange(len(TOPICS))
    topic = TOPICS[topic_index]
    born = date(rng.randint(1950, 2002), rng.randint(1, 12), rng.randint(1, 28))
    nik = f"{code}{rng.randint(1, 40):02d}{born.day + (40 if rng.random() < 0.5 else 0):02d}"
    nik += f"{born.month:02d}{born.year % 100:02d}{rng.randint(1, 9999):04d}"
    mobile = rng.choice((811, 812, 813, 821, 822, 823, 852, 853, 857, 877, 878, 895, 896, 838, 831))
    phone = f"+62{mobile}{rng.randint(1000000, 99999999)}"
    received = date(year, 1, 1) + timedelta(days=rng.randint(0, 360))
    return {
        "topic": topic_index,
        "name": person(rng),
        "nik": nik,
        "phone": phone if rng.random() < 0.9 else None,
        "email": None if rng.random() < 0.8 else f"warga{rng.randint(1, 10**6)}@mail.id",
        "regency": regency,
        "province_code": code[:2],
        "village": rng.choice(VILLAGES),
        "street": f"Jl. {rng.choice(STREETS)} No. {rng.randint(1, 250)}",
        "rt": f"RT {rng.randint(1, 15):02d}/RW {rng.randint(1, 9):02d}",
        "subject": rng.choice(topic.subjects),
        "problem": rng.choice(topic.problems),
        "office": rng.choice(topic.offices),
        "official": rng.choice(topic.officials),
        "official2": rng.choice(topic.officials),
        "obj": rng.choice(topic.objects),
        "act": rng.choice(topic.acts),
        "harm": rng.choice(topic.harms),
        "request": rng.choice(topic.requests),
        "amount": f"{rng.randint(2, 95) * 50}.000",
        "n": rng.randint(2, 9),
        "event_year": rng.randint(max(2010, year - 6), year),
        "received": received,
        "addressee": rng.choice(ADDRESSEES),
    }


def render(c: dict, rng: random.Random, *, resend_of: date | None = None) -> str:
    """The text of case ``c``, its sentences chosen with ``rng`` (another ``rng``: other words)."""
    topic = TOPICS[c["topic"]]
    year = c["event_year"]
    slots = {
        **c,
        "when": _when(rng, year),
        "when2": _when(rng, min(year + 1, c["received"].year)),
        "whom": rng.choice(WHOM),
        "year": year,
        "regency": c["regency"],
    }
    # facts of the case ("{n}", "{amount}") inside the topic's own phrases
    slots["act"] = c["act"].format(**slots)
    slots["harm"] = c["harm"].format(**slots)
    slots["obj"] = c["obj"].format(**slots)
    received = c["received"]
    address = f"{c['street']}, {c['rt']}, Desa {c['village']}, {c['regency']}"
    province = _PROVINCE.get(c["province_code"], "")
    parts = [
        f"{c['regency'].split(' ', 1)[-1]}, {received.day} {MONTH_NAMES[received.month - 1]} {received.year}",
        "Kepada Yth.\n" + c["addressee"].format(province=province, regency=c["regency"]),
        f"Hal: {c['subject']}",
        rng.choice(OPENINGS),
    ]
    if resend_of is not None:
        note = rng.choice(RESEND_NOTES)
        parts.append(
            note.format(
                date=f"{resend_of.day} {MONTH_NAMES[resend_of.month - 1]} {resend_of.year}",
                month=MONTH_NAMES[resend_of.month - 1],
            )
        )
    parts.append(
        rng.choice(IDENTITY_LAYOUTS).format(
            name=c["name"], nik=c["nik"], address=address, phone=_local(c["phone"]) or "-"
        )
    )
    body = [rng.choice(WHAT), *rng.sample(DONE, rng.randint(1, 3)), rng.choice(HARM)]
    body += rng.sample(EXTRA, rng.randint(0, 3))
    body.append(rng.choice(ASK))
    middle = " ".join(s.format(**slots) for s in body)
    # a paragraph break or two where the writer paused
    words = middle.split(". ")
    if len(words) > 3 and rng.random() < 0.6:
        cut = rng.randint(1, len(words) - 1)
        middle = ". ".join(words[:cut]) + ".\n\n" + ". ".join(words[cut:])
    parts.append(middle)
    parts.append(rng.choice(CLOSINGS))
    parts.append(f"{rng.choice(SIGN_OFFS)}\n\n{c['name']}")
    if rng.random() < 0.25:
        parts.append(f"Tembusan:\n1. {topic.offices[0].title()}\n2. Arsip")
    return "\n".join(parts)


_PROVINCE = {}


def _provinces() -> None:
    from sipdumas.domain.regions import PROVINCES

    _PROVINCE.update(PROVINCES)


_provinces()


def _local(phone: str | None) -> str | None:
    return f"0{phone[3:]}" if phone else None


def row(c: dict, text: str | None, serial: int, year: int, rng: random.Random) -> dict:
    """The register row of case ``c`` (its text given) as a legacy register holds it."""
    topic = TOPICS[c["topic"]]
    address = f"{c['street']}, Desa {c['village']}, {c['regency']}"
    out = {
        "agenda_no": f"D-{year}-{serial:05d}",
        "received_at": c["received"].isoformat(),
        "channel": rng.choice(("surat", "surat", "surat", "email", "datang_langsung", "lapor", "whatsapp")),
        "subject": f"{c['subject']} di {c['regency']}",
        "summary": f"Pelapor mengadukan {c['problem']} di Desa {c['village']}, {c['regency']}.",
        "category": topic.category,
        "addressee": c["addressee"].format(
            province=_PROVINCE.get(c["province_code"], ""), regency=c["regency"]
        ),
        "status": rng.choice(("received", "under_review", "forwarded", "filed", "closed", "answered")),
        "sender": {
            "name": c["name"],
            "nik": c["nik"],
            "phone": c["phone"],
            "email": c["email"],
            "address": address,
        },
    }
    if text is not None:
        out["text"] = text
    return out


def letter(rng: random.Random, serial: int, year: int) -> dict:
    """One register row with its full text."""
    c = case(rng, year)
    return row(c, render(c, rng), serial, year, rng)


def resend(rng: random.Random, original: dict, *, days_later: int = 60) -> dict:
    """A re-send of case ``original`` (from :func:`case`): same sender and facts, other words, a note
    that it is sent again, received ``days_later`` days after the first."""
    again = dict(original)
    again["received"] = original["received"] + timedelta(days=days_later)
    return {"case": again, "text": render(again, rng, resend_of=original["received"])}


def letters(n: int, *, seed: int = 2026, first_year: int = 2019, per_year: int = 40_000) -> Iterator[dict]:
    """``n`` letters spread over years from ``first_year``, ``per_year`` a year (at most 99,999: the
    agenda pattern has five digits)."""
    rng = random.Random(seed)
    for i in range(n):
        yield letter(rng, i % per_year + 1, first_year + i // per_year)


def cases(n: int, *, seed: int = 2026, first_year: int = 2019, per_year: int = 40_000) -> Iterator[dict]:
    """The cases of :func:`letters` (same seed, same order), to write re-sends of archived letters."""
    rng = random.Random(seed)
    for i in range(n):
        year = first_year + i // per_year
        c = case(rng, year)
        render(c, rng)  # keeps the random sequence of letters()
        rng.choice(("surat", "surat", "surat", "email", "datang_langsung", "lapor", "whatsapp"))
        rng.choice(("received", "under_review", "forwarded", "filed", "closed", "answered"))
        yield c


def write_jsonl(
    path: Path,
    n: int,
    *,
    seed: int = 2026,
    with_text: bool = True,
    first_year: int = 2019,
    per_year: int = 40_000,
) -> Path:
    """``n`` letters as a legacy register in JSONL; ``with_text=False`` gives the rows of a buku agenda
    (number, dates, sender, subject, summary) without the letters' full texts."""
    with path.open("w", encoding="utf-8") as out:
        for item in letters(n, seed=seed, first_year=first_year, per_year=per_year):
            if not with_text:
                del item["text"]
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path
