"""Every string a user reads, in Kazakh (first) and Russian, and the kk/ru number and date formats.

Both languages write numbers the same way: groups of three digits separated by a no-break space
and a decimal comma ("6 213,12 ₸"), and dates as DD.MM.YYYY.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calculator.calendar import DayOff
from calculator.errors import InputError

LANGS = ("kk", "ru")
NBSP = "\u00a0"

MESSAGES: dict[str, dict[str, str]] = {
    # --- errors -------------------------------------------------------------------------------
    # The request is not a JSON object.
    "bad_request": {
        "kk": "Сұрау дұрыс емес: JSON нысаны күтілген.",
        "ru": "Некорректный запрос: ожидается объект JSON.",
    },
    # The action is not one of fee, deadline, complaint, storage, open.
    "unknown_action": {
        "kk": "Әрекет белгісіз: «{value}».",
        "ru": "Неизвестное действие: «{value}».",
    },
    # The language is neither kk nor ru.
    "unknown_language": {
        "kk": "Тіл kk немесе ru болуы керек.",
        "ru": "Язык должен быть kk или ru.",
    },
    # A required field is empty.
    "missing_field": {
        "kk": "«{label}» өрісін толтырыңыз.",
        "ru": "Заполните поле «{label}».",
    },
    # A yes/no field holds something else.
    "flag_invalid": {
        "kk": "«{label}» өрісіне «иә» немесе «жоқ» деп жазыңыз.",
        "ru": "В поле «{label}» укажите «да» или «нет».",
    },
    # The subject category is unknown.
    "unknown_category": {
        "kk": "Субъект санаты белгісіз: «{value}».",
        "ru": "Неизвестная категория субъекта: «{value}».",
    },
    # The area is not a number (also NaN, Infinity, exponents).
    "area_not_a_number": {
        "kk": "Алаңды санмен жазыңыз, мысалы 0,5 немесе 12.",
        "ru": "Укажите площадь числом, например 0,5 или 12.",
    },
    # The area is zero or negative.
    "area_not_positive": {
        "kk": "Алаң нөлден үлкен болуы керек.",
        "ru": "Площадь должна быть больше нуля.",
    },
    # The area exceeds the whole of Kazakhstan.
    "area_too_large": {
        "kk": "Алаң {max} га-дан аспауы керек: бұл — Қазақстанның бүкіл аумағы.",
        "ru": "Площадь не может превышать {max} га: это вся территория Казахстана.",
    },
    # The typed MCI is not a number.
    "mci_not_a_number": {
        "kk": "АЕК мәнін теңгемен, санмен жазыңыз, мысалы 1618 немесе 1618,50.",
        "ru": "Укажите МРП в тенге числом, например 1618 или 1618,50.",
    },
    # The typed MCI is zero or negative.
    "mci_not_positive": {
        "kk": "АЕК мәні нөлден үлкен болуы керек.",
        "ru": "Значение МРП должно быть больше нуля.",
    },
    # The typed MCI is implausibly large.
    "mci_too_large": {
        "kk": "АЕК мәні {max} теңгеден аспауы керек; мәнді тексеріңіз.",
        "ru": "Значение МРП не может превышать {max} тенге; проверьте значение.",
    },
    # The typed MCI has more than two decimals.
    "mci_too_precise": {
        "kk": "АЕК теңге мен тиынмен жазылады: үтірден кейін екі цифрдан артық болмауы керек.",
        "ru": "МРП указывается в тенге и тиынах: не более двух цифр после запятой.",
    },
    # No MCI value for the date: the page shows the MCI field.
    "mci_needed": {
        "kk": "{day} күнге арналған АЕК мәні кестеде жоқ (кесте {first} – {last} аралығын қамтиды). "
              "АЕК мәнін өзіңіз енгізіңіз.",
        "ru": "Для даты {day} в таблице нет значения МРП (таблица охватывает {first} – {last}). "
              "Введите значение МРП.",
    },
    # Neither a payment date nor an MCI value was given.
    "paid_on_or_mci_required": {
        "kk": "Төлем күнін немесе АЕК мәнін көрсетіңіз.",
        "ru": "Укажите дату оплаты или значение МРП.",
    },
    # A date cannot be read.
    "date_invalid": {
        "kk": "Күнді ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 2012-03-15.",
        "ru": "Укажите дату в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2012-03-15.",
    },
    # A date and time cannot be read.
    "datetime_invalid": {
        "kk": "Күн мен уақытты ЖЖЖЖ-АА-КК СС:ММ түрінде жазыңыз, мысалы 2012-03-15 13:30.",
        "ru": "Укажите дату и время в виде ГГГГ-ММ-ДД ЧЧ:ММ, например 2012-03-15 13:30.",
    },
    # The date is outside the production calendar the site carries.
    "date_outside_calendar": {
        "kk": "{day} күні өндірістік күнтізбеден тыс: күнтізбе {first} – {last} аралығын қамтиды.",
        "ru": "Дата {day} вне производственного календаря: он охватывает {first} – {last}.",
    },
    # The standard number is not 1-4.
    "unknown_standard": {
        "kk": "Стандарт нөмірі 1, 2, 3 немесе 4 болуы керек.",
        "ru": "Номер стандарта должен быть 1, 2, 3 или 4.",
    },
    # The kind of application is unknown.
    "unknown_case": {
        "kk": "Өтініш түрі белгісіз: «{value}».",
        "ru": "Неизвестный вид обращения: «{value}».",
    },
    # The office kind is unknown.
    "unknown_office": {
        "kk": "Қызмет көрсету орны белгісіз: «{value}».",
        "ru": "Неизвестное место обслуживания: «{value}».",
    },
    # The region is unknown.
    "unknown_region": {
        "kk": "Өңір белгісіз: «{value}».",
        "ru": "Неизвестный регион: «{value}».",
    },
    # The chosen office is closed on the submission day.
    "office_closed": {
        "kk": "{day} ({weekday}) {office} жұмыс істемейді: {reason}. Құжаттарды бұл күні тапсыру мүмкін емес, "
              "басқа күнді таңдаңыз.",
        "ru": "{day} ({weekday}) {office} не работает: {reason}. Сдать документы в этот день нельзя, "
              "выберите другой день.",
    },
    # Any unexpected failure.
    "internal_error": {
        "kk": "Есептеу кезінде ішкі қате пайда болды. Деректерді тексеріп, қайталап көріңіз.",
        "ru": "При расчёте произошла внутренняя ошибка. Проверьте данные и повторите.",
    },
    # --- warnings -----------------------------------------------------------------------------
    # The date is outside the period the standards were in force.
    "outside_period": {
        "kk": "Назар аударыңыз: {day} — стандарттардың қолданылу кезеңінен тыс. Стандарттар Үкіметтің "
              "{adopted} № {act} қаулысымен бекітілген және {repealed} № {repealed_by} қаулысымен күші "
              "жойылған; есеп тек анықтама үшін берілген.",
        "ru": "Внимание: {day} — вне периода действия стандартов. Стандарты утверждены постановлением "
              "Правительства от {adopted} № {act} и утратили силу постановлением от {repealed} "
              "№ {repealed_by}; расчёт приведён только для справки.",
    },
    # --- fee explanation ----------------------------------------------------------------------
    # Where the fee rule is.
    "fee_clause": {
        "kk": "Қызмет ақысы стандарттың 8-тармағы және 7-қосымшасы бойынша есептеледі; кесте төрт "
              "стандартта бірдей.",
        "ru": "Плата рассчитывается по пункту 8 и приложению 7 стандарта; таблица одинакова во всех "
              "четырёх стандартах.",
    },
    # Subject and base tariff.
    "fee_category": {
        "kk": "Субъект: {name}. Базалық тариф — {tariff} АЕК.",
        "ru": "Субъект: {name}. Базовый тариф — {tariff} МРП.",
    },
    # Individuals pay a flat tariff.
    "fee_flat": {
        "kk": "Жеке тұлғалар үшін тариф тіркелген: алаң ескерілмейді.",
        "ru": "Для физических лиц тариф фиксированный: площадь не учитывается.",
    },
    # The area is within the base area.
    "fee_base": {
        "kk": "Алаң {area} га базалық {bound} га шегінен аспайды (шекті қоса алғанда): коэффициент "
              "қолданылмайды.",
        "ru": "Площадь {area} га не превышает базовые {bound} га (включительно): коэффициент не "
              "применяется.",
    },
    # The area falls in an "up to X ha" band.
    "fee_up_to": {
        "kk": "Алаң {area} га «{bound} га дейін» сатысына кіреді (шекті қоса алғанда): жұмыс құнын "
              "көтеру коэффициенті {coefficient}.",
        "ru": "Площадь {area} га попадает в ступень «до {bound} га» (включительно): повышающий "
              "коэффициент {coefficient}.",
    },
    # The area is above the last bound.
    "fee_above": {
        "kk": "Алаң {area} га {bound} га-дан асады: жұмыс құнын көтеру коэффициенті {coefficient}.",
        "ru": "Площадь {area} га превышает {bound} га: повышающий коэффициент {coefficient}.",
    },
    # MCI from the table for the payment date.
    "fee_mci_table": {
        "kk": "Төлем күні ({day}) күшінде болған АЕК — {mci}: {starts} бастап, «{law}» Заң.",
        "ru": "МРП на дату оплаты ({day}) — {mci}: с {starts}, Закон «{law}».",
    },
    # MCI typed by the user.
    "fee_mci_typed": {
        "kk": "Енгізілген АЕК мәні қолданылды: {mci}.",
        "ru": "Применено введённое значение МРП: {mci}.",
    },
    # The arithmetic, e.g. 3,2 × 1,2 × 1 618 = 6 213,12 ₸.
    "fee_formula": {
        "kk": "Есеп: {formula}",
        "ru": "Расчёт: {formula}",
    },
    # Rounding rule.
    "fee_rounding": {
        "kk": "Сома тиынға дейін дөңгелектенеді, жарты тиын жоғары қарай.",
        "ru": "Сумма округляется до тиына, половина тиына — в большую сторону.",
    },
    # A duplicate pays the same.
    "fee_duplicate": {
        "kk": "Кестеде телнұсқа бөлек көрсетілмеген, сондықтан телнұсқа үшін де осы тариф қолданылады.",
        "ru": "Таблица не выделяет дубликат, поэтому за дубликат взимается та же плата.",
    },
    # --- headlines: the one line a page shows first ------------------------------------------
    # The fee.
    "fee_summary": {
        "kk": "Қызмет ақысы: {money}",
        "ru": "Плата: {money}",
    },
    # The day the act is ready.
    "deadline_summary": {
        "kk": "Акт дайын болатын күн: {day} ({weekday})",
        "ru": "Акт будет готов: {day} ({weekday})",
    },
    # The day a complaint must be answered.
    "complaint_summary": {
        "kk": "Шағымға жауап беру мерзімі: {day} ({weekday})",
        "ru": "Ответ на жалобу — не позднее: {day} ({weekday})",
    },
    # The last day documents are kept.
    "storage_summary": {
        "kk": "Құжаттар {day} дейін сақталады",
        "ru": "Документы хранятся до {day}",
    },
    # Whether the office is open.
    "open_summary_open": {
        "kk": "Ашық",
        "ru": "Открыто",
    },
    "open_summary_closed": {
        "kk": "Жабық",
        "ru": "Закрыто",
    },
    # --- deadline explanation -----------------------------------------------------------------
    # The term and its clause.
    "term_clause": {
        "kk": "{standard}-стандарт, 7-тармақ: {case} мерзім — {days}.",
        "ru": "Стандарт {standard}, пункт 7: {case} срок — {days}.",
    },
    # Submission day and the counting rule.
    "term_start": {
        "kk": "Құжаттар тапсырылған күн: {day} ({weekday}), {office}. Санау келесі жұмыс күнінен басталады.",
        "ru": "Документы сданы: {day} ({weekday}), {office}. Отсчёт начинается со следующего рабочего дня.",
    },
    # The counted working days.
    "term_counted": {
        "kk": "Есептелген жұмыс күндері: {days}.",
        "ru": "Засчитанные рабочие дни: {days}.",
    },
    # A day not counted and why.
    "term_skipped": {
        "kk": "Есепке алынбайды: {day} ({weekday}) — {reason}.",
        "ru": "Не засчитывается: {day} ({weekday}) — {reason}.",
    },
    # A weekend day made working by a transfer.
    "term_working_weekend": {
        "kk": "{day} ({weekday}) — жұмыс күні: демалыс күні {day_off} күніне ауыстырылған.",
        "ru": "{day} ({weekday}) — рабочий день: выходной перенесён на {day_off}.",
    },
    # The due date.
    "term_ready": {
        "kk": "Акт дайын болатын күн: {day} ({weekday}).",
        "ru": "Акт будет готов: {day} ({weekday}).",
    },
    # Queue and desk limits.
    "term_queue": {
        "kk": "Құжаттарды тапсыру және алу кезінде кезекте күту {queue} минуттан, қызмет көрсету {desk} "
              "минуттан аспайды (7-тармақ).",
        "ru": "При сдаче и получении документов ожидание в очереди — не более {queue} мин., "
              "обслуживание — не более {desk} мин. (пункт 7).",
    },
    # How the production calendar is applied.
    "term_calendar": {
        "kk": "Жұмыс күндері Қазақстанның өндірістік күнтізбесі бойынша есептеледі: мереке күндері және "
              "ауыстырылған демалыс күндері есептелмейді, ауыстыру бойынша жұмыс күні болған сенбі мен "
              "жексенбі есептеледі.",
        "ru": "Рабочие дни считаются по производственному календарю Казахстана: праздничные дни и "
              "перенесённые выходные не засчитываются, а субботы и воскресенья, ставшие рабочими днями "
              "по переносу, засчитываются.",
    },
    # --- complaint explanation ----------------------------------------------------------------
    # The general complaint term.
    "complaint_rule": {
        "kk": "Шағым тіркелген күнінен бастап {days} ішінде қаралады (стандарттың 25-тармағы).",
        "ru": "Жалоба рассматривается в течение {days} со дня регистрации (пункт 25 стандарта).",
    },
    # The shorter term where no extra information or study is needed.
    "complaint_rule_simple": {
        "kk": "Қосымша ақпарат алу және зерделеу қажет болмаса, шағым {days} ішінде қаралады "
              "(стандарттың 25-тармағы).",
        "ru": "Если не требуется получение дополнительной информации и изучение, жалоба рассматривается "
              "в течение {days} (пункт 25 стандарта).",
    },
    # Registration date plus the term.
    "complaint_nominal": {
        "kk": "Есеп: {registered} + {days} = {nominal} ({weekday}).",
        "ru": "Расчёт: {registered} + {days} = {nominal} ({weekday}).",
    },
    # The due date rolled to the next working day.
    "complaint_rolled": {
        "kk": "Бұл күн жұмыс күні емес, сондықтан мерзім келесі жұмыс күніне ауысады — мерзімдер туралы "
              "жалпы ережені сайт осылай түсіндіреді.",
        "ru": "Этот день нерабочий, поэтому срок переносится на следующий рабочий день — так сайт "
              "понимает общее правило о сроках.",
    },
    # The answer is due on.
    "complaint_due": {
        "kk": "Жауап беру мерзімі: {day} ({weekday}).",
        "ru": "Срок ответа: {day} ({weekday}).",
    },
    # --- storage explanation ------------------------------------------------------------------
    # Who keeps unclaimed documents, how long, and where they go.
    "storage_rule": {
        "kk": "Тұтынушы құжаттарды мерзімінде алмаса, {office} оларды {months} бойы сақтайды, одан кейін "
              "құжаттар {then} (стандарттың 26-тармағы).",
        "ru": "Если потребитель не получил документы в срок, {office} хранит их {months}, затем "
              "документы {then} (пункт 26 стандарта).",
    },
    # Counting by calendar months from the due date.
    "storage_until": {
        "kk": "Мерзім акт дайын болатын күннен ({ready_on}) күнтізбелік айлармен есептеледі: сақтау "
              "{until} күні аяқталады.",
        "ru": "Срок считается календарными месяцами от даты готовности акта ({ready_on}): хранение "
              "заканчивается {until}.",
    },
    # The target month lacks the day.
    "storage_clamped": {
        "kk": "Сол айда мұндай күн жоқ, сондықтан айдың соңғы күні алынды.",
        "ru": "В этом месяце нет такого числа, поэтому взят последний день месяца.",
    },
    # --- office hours explanation -------------------------------------------------------------
    # The office is open.
    "open_open": {
        "kk": "{at} ({weekday}): {office} жұмыс істейді.",
        "ru": "{at} ({weekday}): {office} работает.",
    },
    # The office is closed all day.
    "open_closed_day": {
        "kk": "{at} ({weekday}): {office} жұмыс істемейді — {reason}.",
        "ru": "{at} ({weekday}): {office} не работает — {reason}.",
    },
    # Before opening time.
    "open_before_opening": {
        "kk": "{at} ({weekday}): {office} әлі жұмыс істемейді; жұмыс басталатын уақыт — {start}.",
        "ru": "{at} ({weekday}): {office} ещё не работает; начало работы — {start}.",
    },
    # Lunch break.
    "open_lunch": {
        "kk": "{at} ({weekday}): {office} жұмыс істемейді — түскі үзіліс {start}–{end}.",
        "ru": "{at} ({weekday}): {office} не работает — обеденный перерыв {start}–{end}.",
    },
    # After closing time.
    "open_after_closing": {
        "kk": "{at} ({weekday}): {office} жұмыс істемейді; жұмыс аяқталатын уақыт — {end}.",
        "ru": "{at} ({weekday}): {office} не работает; окончание работы — {end}.",
    },
    # The day's hours.
    "open_hours": {
        "kk": "Бұл күнгі жұмыс уақыты: {hours} (стандарттың 9-тармағы).",
        "ru": "Часы работы в этот день: {hours} (пункт 9 стандарта).",
    },
    # Local time of the region.
    "open_local_time": {
        "kk": "Уақыт — жергілікті: {region} ({zone}).",
        "ru": "Время — местное: {region} ({zone}).",
    },
    # --- calendar file ------------------------------------------------------------------------
    # Event title for the act's due date.
    "ics_deadline_summary": {
        "kk": "Жер учаскесіне акт дайын болатын күн ({standard}-стандарт)",
        "ru": "Готовность акта на земельный участок (стандарт {standard})",
    },
    # Event title for the complaint answer.
    "ics_complaint_summary": {
        "kk": "Шағымға жауап беру мерзімі",
        "ru": "Срок ответа на жалобу",
    },
    # Reason for an ordinary Saturday or Sunday.
    "weekend": {
        "kk": "демалыс күні",
        "ru": "выходной день",
    },
}

# Labels of request fields, for "fill in the field «…»".
FIELD_LABELS: dict[str, dict[str, str]] = {
    "action": {"kk": "Әрекет", "ru": "Действие"},
    "lang": {"kk": "Тіл", "ru": "Язык"},
    "category": {"kk": "Субъект санаты", "ru": "Категория субъекта"},
    "area": {"kk": "Жер учаскесінің алаңы, га", "ru": "Площадь земельного участка, га"},
    "paid_on": {"kk": "Төлем күні", "ru": "Дата оплаты"},
    "mci": {"kk": "АЕК мәні, теңге", "ru": "Значение МРП, тенге"},
    "standard": {"kk": "Стандарт", "ru": "Стандарт"},
    "case": {"kk": "Өтініш түрі", "ru": "Вид обращения"},
    "submitted": {"kk": "Құжаттарды тапсыру күні", "ru": "Дата сдачи документов"},
    "office": {"kk": "Қызмет көрсету орны", "ru": "Место обслуживания"},
    "registered": {"kk": "Шағымды тіркеу күні", "ru": "Дата регистрации жалобы"},
    "simple": {"kk": "Қосымша ақпарат пен зерделеу қажет емес", "ru": "Не требуются дополнительная информация и изучение"},
    "ready_on": {"kk": "Акт дайын болатын күн", "ru": "Дата готовности акта"},
    "region": {"kk": "Өңір", "ru": "Регион"},
    "at": {"kk": "Күні мен уақыты", "ru": "Дата и время"},
    "dtstamp": {"kk": "Күнтізбе файлының уақыт белгісі", "ru": "Отметка времени файла календаря"},
}

OFFICES: dict[str, dict[str, str]] = {
    "authorized-body": {"kk": "уәкілетті орган", "ru": "уполномоченный орган"},
    "centre": {"kk": "халыққа қызмет көрсету орталығы", "ru": "центр обслуживания населения"},
    "centre-branch": {"kk": "Орталықтың филиалы немесе өкілдігі", "ru": "филиал или представительство Центра"},
}

CASES: dict[str, dict[str, str]] = {
    "grant": {"kk": "мемлекет құқық берген кезде", "ru": "при предоставлении права государством"},
    "changed": {"kk": "жер учаскесінің сәйкестендіру сипаттамалары өзгерген кезде",
                "ru": "при изменении идентификационных характеристик земельного участка"},
    "duplicate": {"kk": "актінің телнұсқасын берген кезде", "ru": "при выдаче дубликата акта"},
}

# Where unclaimed documents go after storage.
THEN: dict[str, dict[str, str]] = {
    "archive": {"kk": "мамандандырылған кәсіпорынның мұрағатына өткізіледі",
                "ru": "передаются в архив специализированного предприятия"},
    "authorized-body": {"kk": "уәкілетті органға беріледі", "ru": "передаются в уполномоченный орган"},
}

# Kazakh does not inflect a noun after a numeral; Russian has three forms (1, 2–4, 5+).
UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "working_day": {"kk": ("жұмыс күні",), "ru": ("рабочий день", "рабочих дня", "рабочих дней")},
    "calendar_day": {"kk": ("күнтізбелік күн",), "ru": ("календарный день", "календарных дня", "календарных дней")},
    "month": {"kk": ("ай",), "ru": ("месяц", "месяца", "месяцев")},
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
}


def text(key: str, lang: str, **params: object) -> str:
    return MESSAGES[key][lang].format(**params)


def number(value: Decimal) -> str:
    """1618.35 → "1 618,35" (no-break space, decimal comma), as both kk and ru write it."""
    digits = format(abs(value), "f")
    whole, _, fraction = digits.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ("-" if value < 0 else "") + NBSP.join(groups) + ("," + fraction if fraction else "")


def money(value: Decimal) -> str:
    return f"{number(value)}{NBSP}₸"


def day(value: date) -> str:
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


def weekday(value: date, lang: str) -> str:
    return WEEKDAYS[lang][value.weekday()]


def count(n: int, unit: str, lang: str) -> str:
    forms = UNITS[unit][lang]
    if lang == "kk":
        return f"{n} {forms[0]}"
    if n % 10 == 1 and n % 100 != 11:
        form = forms[0]
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        form = forms[1]
    else:
        form = forms[2]
    return f"{n} {form}"


def reason(day_off: DayOff | None, lang: str) -> str:
    """Why a day is not working: the day off's name, or an ordinary weekend."""
    return day_off.name[lang] if day_off else MESSAGES["weekend"][lang]


def _plain(value: object) -> str:
    if isinstance(value, date):
        return day(value)
    if isinstance(value, Decimal):
        return number(value)
    return str(value)


def error_text(error: InputError, lang: str) -> str:
    params = {name: _plain(value) for name, value in error.params.items()}
    if error.field in FIELD_LABELS:
        params["label"] = FIELD_LABELS[error.field][lang]
    if "office" in error.params:
        params["office"] = OFFICES[error.params["office"]][lang]
    if "day_off" in error.params:
        params["reason"] = reason(error.params["day_off"], lang)
        params["weekday"] = weekday(error.params["day"], lang)
    return text(error.code, lang, **params)
