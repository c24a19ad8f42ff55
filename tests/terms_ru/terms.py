"""Glossary terms shared by the Russian term tests, written as the bundled glossary writes them."""

from glossary.model import Term

KIM = Term("Ким Чен Ын", forms={"gent": "Ким Чен Ына", "datv": "Ким Чен Ыну", "accs": "Ким Чен Ына",
                                "ablt": "Ким Чен Ыном", "loct": "Ким Чен Ыне"})
PRESIDENT = Term("Председатель Государственных дел КНДР", inflect=(1,))
DPRK = Term("КНДР", indeclinable=True)
CHOE = Term("Цой Сон Хи", indeclinable=True)
KCNA = Term("ЦТАК", indeclinable=True)
PYONGYANG = Term("Пхеньян")
PUTIN = Term("Владимир Путин")
PUTIN_SHORT = Term("Путин")
LAVROV = Term("Сергей Лавров")
PESKOV = Term("Дмитрий Песков")
# Песков alone parses first as the genitive plural of песок; the forms keep it a surname.
PESKOV_SURNAME = Term("Песков", forms={"gent": "Пескова", "datv": "Пескову", "accs": "Пескова",
                                       "ablt": "Песковым", "loct": "Пескове"})
WPK = Term("Трудовая партия Кореи")
VOSTOCHNY = Term("космодром Восточный")
RF = Term("Российская Федерация")
SMO = Term("специальная военная операция")
KREMLIN = Term("Кремль")
FOREIGN_MINISTER = Term("министр иностранных дел")
NORTHEAST_ASIA = Term("Северо-Восточная Азия")
AMUR = Term("Амурская область")
PENINSULA = Term("Корейский полуостров")
DPRK_FULL = Term("Корейская Народно-Демократическая Республика")
YONHAP = Term("Рёнхап")
