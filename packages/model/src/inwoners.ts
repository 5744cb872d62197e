import type { GemeenteCode } from './gemeenten.ts';

/**
 * Inhabitants on 1 January of a year, with the three population bases dashboards divide by:
 * all inhabitants (as CBS and Waar staat je gemeente count them), 18 years and over, and 15 to AOW
 * age (the potential labour force, as begrotingen use). `bron` says where the total comes from: the
 * totals marked "bron 000" (2020) and "bron 003" (2011) are printed in the source documents; all
 * other totals are estimates for the demo ("schatting"), consistent with the printed ones. The
 * splits by age are always estimates here (no source prints them; see {@link inwonersPerBasis}).
 * Replace them with CBS StatLine table 03759 for real use (bron "CBS 03759"): one row per line here.
 */
export interface Inwoners {
  gemeente: GemeenteCode;
  jaar: number;
  totaal: number;
  achttienPlus: number;
  vijftienTotAow: number;
  bron: string;
}

export const INWONERSBASES = ['totaal', '18plus', '15-aow'] as const;
export type Inwonersbasis = (typeof INWONERSBASES)[number];
export const INWONERSBASIS_NAAM: Record<Inwonersbasis, string> = {
  totaal: 'alle inwoners',
  '18plus': 'inwoners van 18 jaar en ouder',
  '15-aow': 'inwoners van 15 jaar tot de AOW-leeftijd',
};

type Rij = readonly [GemeenteCode, number, number, number, number, string];

// gemeente, jaar, totaal, 18+, 15 tot AOW-leeftijd, bron
const TABEL: readonly Rij[] = [
  ["GM1774", 2011, 26050, 20449, 16412, "schatting"],
  ["GM1774", 2012, 26075, 20469, 16427, "schatting"],
  ["GM1774", 2013, 26100, 20489, 16443, "schatting"],
  ["GM1774", 2014, 26125, 20508, 16459, "schatting"],
  ["GM1774", 2015, 26150, 20528, 16475, "schatting"],
  ["GM1774", 2016, 26214, 20578, 16515, "schatting"],
  ["GM1774", 2017, 26278, 20628, 16555, "schatting"],
  ["GM1774", 2018, 26342, 20678, 16595, "schatting"],
  ["GM1774", 2019, 26406, 20729, 16636, "schatting"],
  ["GM1774", 2020, 26470, 20779, 16676, "bron 000"],
  ["GM1774", 2021, 26566, 20854, 16737, "schatting"],
  ["GM1774", 2022, 26662, 20930, 16797, "schatting"],
  ["GM1774", 2023, 26758, 21005, 16858, "schatting"],
  ["GM1774", 2024, 26854, 21080, 16918, "schatting"],
  ["GM1774", 2025, 26950, 21156, 16979, "schatting"],
  ["GM0183", 2011, 21100, 16247, 13293, "schatting"],
  ["GM0183", 2012, 21113, 16257, 13301, "schatting"],
  ["GM0183", 2013, 21125, 16266, 13309, "schatting"],
  ["GM0183", 2014, 21138, 16276, 13317, "schatting"],
  ["GM0183", 2015, 21150, 16286, 13325, "schatting"],
  ["GM0183", 2016, 21176, 16306, 13341, "schatting"],
  ["GM0183", 2017, 21202, 16326, 13357, "schatting"],
  ["GM0183", 2018, 21227, 16345, 13373, "schatting"],
  ["GM0183", 2019, 21253, 16365, 13389, "schatting"],
  ["GM0183", 2020, 21279, 16385, 13406, "bron 000"],
  ["GM0183", 2021, 21373, 16457, 13465, "schatting"],
  ["GM0183", 2022, 21467, 16530, 13524, "schatting"],
  ["GM0183", 2023, 21562, 16603, 13584, "schatting"],
  ["GM0183", 2024, 21656, 16675, 13643, "schatting"],
  ["GM0183", 2025, 21750, 16748, 13703, "schatting"],
  ["GM0173", 2011, 32050, 25320, 20512, "schatting"],
  ["GM0173", 2012, 32025, 25300, 20496, "schatting"],
  ["GM0173", 2013, 32000, 25280, 20480, "schatting"],
  ["GM0173", 2014, 31975, 25260, 20464, "schatting"],
  ["GM0173", 2015, 31950, 25241, 20448, "schatting"],
  ["GM0173", 2016, 31926, 25222, 20433, "schatting"],
  ["GM0173", 2017, 31903, 25203, 20418, "schatting"],
  ["GM0173", 2018, 31879, 25184, 20403, "schatting"],
  ["GM0173", 2019, 31856, 25166, 20388, "schatting"],
  ["GM0173", 2020, 31832, 25147, 20372, "bron 000"],
  ["GM0173", 2021, 31926, 25222, 20433, "schatting"],
  ["GM0173", 2022, 32019, 25295, 20492, "schatting"],
  ["GM0173", 2023, 32113, 25369, 20552, "schatting"],
  ["GM0173", 2024, 32206, 25443, 20612, "schatting"],
  ["GM0173", 2025, 32300, 25517, 20672, "schatting"],
  ["GM0361", 2011, 93861, 76027, 61948, "bron 003"],
  ["GM0361", 2012, 94174, 76281, 62155, "schatting"],
  ["GM0361", 2013, 94487, 76534, 62361, "schatting"],
  ["GM0361", 2014, 94800, 76788, 62568, "schatting"],
  ["GM0361", 2015, 107600, 87156, 71016, "schatting"],
  ["GM0361", 2016, 107960, 87448, 71254, "schatting"],
  ["GM0361", 2017, 108320, 87739, 71491, "schatting"],
  ["GM0361", 2018, 108680, 88031, 71729, "schatting"],
  ["GM0361", 2019, 109040, 88322, 71966, "schatting"],
  ["GM0361", 2020, 109400, 88614, 72204, "schatting"],
  ["GM0361", 2021, 109880, 89003, 72521, "schatting"],
  ["GM0361", 2022, 110360, 89392, 72838, "schatting"],
  ["GM0361", 2023, 110840, 89780, 73154, "schatting"],
  ["GM0361", 2024, 111320, 90169, 73471, "schatting"],
  ["GM0361", 2025, 111800, 90558, 73788, "schatting"],
  ["GM0458", 2011, 5360, 4234, 3430, "bron 003"],
  ["GM0458", 2012, 5373, 4245, 3439, "schatting"],
  ["GM0458", 2013, 5387, 4256, 3448, "schatting"],
  ["GM0458", 2014, 5400, 4266, 3456, "schatting"],
  ["GM0365", 2011, 6489, 5126, 4153, "bron 003"],
  ["GM0365", 2012, 6493, 5129, 4156, "schatting"],
  ["GM0365", 2013, 6496, 5132, 4157, "schatting"],
  ["GM0365", 2014, 6500, 5135, 4160, "schatting"],
  ["GM0398", 2011, 51178, 39919, 33266, "bron 003"],
  ["GM0398", 2012, 51984, 40548, 33790, "schatting"],
  ["GM0398", 2013, 52789, 41175, 34313, "schatting"],
  ["GM0398", 2014, 53595, 41804, 34837, "schatting"],
  ["GM0398", 2015, 54400, 42432, 35360, "schatting"],
  ["GM0398", 2016, 54950, 42861, 35718, "schatting"],
  ["GM0398", 2017, 55500, 43290, 36075, "schatting"],
  ["GM0398", 2018, 56050, 43719, 36433, "schatting"],
  ["GM0398", 2019, 56600, 44148, 36790, "schatting"],
  ["GM0398", 2020, 57150, 44577, 37148, "schatting"],
  ["GM0398", 2021, 57700, 45006, 37505, "schatting"],
  ["GM0416", 2011, 26955, 21025, 17251, "bron 003"],
  ["GM0416", 2012, 27066, 21111, 17322, "schatting"],
  ["GM0416", 2013, 27178, 21199, 17394, "schatting"],
  ["GM0416", 2014, 27289, 21285, 17465, "schatting"],
  ["GM0416", 2015, 27400, 21372, 17536, "schatting"],
  ["GM0416", 2016, 27550, 21489, 17632, "schatting"],
  ["GM0416", 2017, 27700, 21606, 17728, "schatting"],
  ["GM0416", 2018, 27850, 21723, 17824, "schatting"],
  ["GM0416", 2019, 28000, 21840, 17920, "schatting"],
  ["GM0416", 2020, 28150, 21957, 18016, "schatting"],
  ["GM0416", 2021, 28300, 22074, 18112, "schatting"],
  ["GM1980", 2022, 88200, 68796, 56889, "schatting"],
  ["GM1980", 2023, 89033, 69446, 57426, "schatting"],
  ["GM1980", 2024, 89867, 70096, 57964, "schatting"],
  ["GM1980", 2025, 90700, 70746, 58502, "schatting"],
  ["GM0373", 2011, 30985, 25718, 17971, "bron 003"],
  ["GM0373", 2012, 30776, 25544, 17850, "schatting"],
  ["GM0373", 2013, 30568, 25371, 17729, "schatting"],
  ["GM0373", 2014, 30359, 25198, 17608, "schatting"],
  ["GM0373", 2015, 30150, 25025, 17487, "schatting"],
  ["GM0373", 2016, 30110, 24991, 17464, "schatting"],
  ["GM0373", 2017, 30070, 24958, 17441, "schatting"],
  ["GM0373", 2018, 30030, 24925, 17417, "schatting"],
  ["GM0373", 2019, 29990, 24892, 17394, "schatting"],
  ["GM0373", 2020, 29950, 24859, 17371, "schatting"],
  ["GM0373", 2021, 29940, 24850, 17365, "schatting"],
  ["GM0373", 2022, 29930, 24842, 17359, "schatting"],
  ["GM0373", 2023, 29920, 24834, 17354, "schatting"],
  ["GM0373", 2024, 29910, 24825, 17348, "schatting"],
  ["GM0373", 2025, 29900, 24817, 17342, "schatting"],
  ["GM0399", 2011, 22451, 17961, 13695, "bron 003"],
  ["GM0399", 2012, 22526, 18021, 13741, "schatting"],
  ["GM0399", 2013, 22601, 18081, 13787, "schatting"],
  ["GM0399", 2014, 22675, 18140, 13832, "schatting"],
  ["GM0399", 2015, 22750, 18200, 13878, "schatting"],
  ["GM0399", 2016, 22840, 18272, 13932, "schatting"],
  ["GM0399", 2017, 22930, 18344, 13987, "schatting"],
  ["GM0399", 2018, 23020, 18416, 14042, "schatting"],
  ["GM0399", 2019, 23110, 18488, 14097, "schatting"],
  ["GM0399", 2020, 23200, 18560, 14152, "schatting"],
  ["GM0399", 2021, 23400, 18720, 14274, "schatting"],
  ["GM0399", 2022, 23600, 18880, 14396, "schatting"],
  ["GM0399", 2023, 23800, 19040, 14518, "schatting"],
  ["GM0399", 2024, 24000, 19200, 14640, "schatting"],
  ["GM0399", 2025, 24200, 19360, 14762, "schatting"],
  ["GM0383", 2011, 34652, 27722, 21138, "bron 003"],
  ["GM0383", 2012, 34589, 27671, 21099, "schatting"],
  ["GM0383", 2013, 34526, 27621, 21061, "schatting"],
  ["GM0383", 2014, 34463, 27570, 21022, "schatting"],
  ["GM0383", 2015, 34400, 27520, 20984, "schatting"],
  ["GM0383", 2016, 34700, 27760, 21167, "schatting"],
  ["GM0383", 2017, 35000, 28000, 21350, "schatting"],
  ["GM0383", 2018, 35300, 28240, 21533, "schatting"],
  ["GM0383", 2019, 35600, 28480, 21716, "schatting"],
  ["GM0383", 2020, 35900, 28720, 21899, "schatting"],
  ["GM0383", 2021, 36060, 28848, 21997, "schatting"],
  ["GM0383", 2022, 36220, 28976, 22094, "schatting"],
  ["GM0383", 2023, 36380, 29104, 22192, "schatting"],
  ["GM0383", 2024, 36540, 29232, 22289, "schatting"],
  ["GM0383", 2025, 36700, 29360, 22387, "schatting"],
  ["GM0450", 2011, 13300, 10374, 8379, "schatting"],
  ["GM0450", 2012, 13338, 10404, 8403, "schatting"],
  ["GM0450", 2013, 13375, 10433, 8426, "schatting"],
  ["GM0450", 2014, 13413, 10462, 8450, "schatting"],
  ["GM0450", 2015, 13450, 10491, 8474, "schatting"],
  ["GM0450", 2016, 13490, 10522, 8499, "schatting"],
  ["GM0450", 2017, 13530, 10553, 8524, "schatting"],
  ["GM0450", 2018, 13570, 10585, 8549, "schatting"],
  ["GM0450", 2019, 13610, 10616, 8574, "schatting"],
  ["GM0450", 2020, 13650, 10647, 8600, "schatting"],
  ["GM0450", 2021, 13700, 10686, 8631, "schatting"],
  ["GM0450", 2022, 13750, 10725, 8663, "schatting"],
  ["GM0450", 2023, 13800, 10764, 8694, "schatting"],
  ["GM0450", 2024, 13850, 10803, 8726, "schatting"],
  ["GM0450", 2025, 13900, 10842, 8757, "schatting"],
];

export const INWONERS: readonly Inwoners[] = TABEL.map(([gemeente, jaar, totaal, achttienPlus, vijftienTotAow, bron]) => ({
  gemeente,
  jaar,
  totaal,
  achttienPlus,
  vijftienTotAow,
  bron,
}));

/**
 * Where an inhabitants figure comes from, as every page must say it (issue 11): printed in a source
 * document (`bron`), from CBS (`cbs`), or an estimate (`schatting`); `onbekend` when the package
 * names a source this rule does not know. Never call an estimate "CBS".
 */
const INWONERSSTATUSSEN = ['bron', 'cbs', 'schatting', 'onbekend'] as const;
export type Inwonersstatus = (typeof INWONERSSTATUSSEN)[number];
export const INWONERSSTATUS_NAAM: Record<Inwonersstatus, string> = {
  bron: 'uit het brondocument',
  cbs: 'CBS',
  schatting: 'schatting',
  onbekend: 'herkomst onbekend',
};

/** The status of a `bron` as the package records it: "bron 000" → `bron`, "CBS 03759" → `cbs`, "schatting" → `schatting`. */
export function inwonersstatus(bron: string): Inwonersstatus {
  const b = bron.trim().toLowerCase();
  if (/^bron \d{3}\b/.test(b)) return 'bron';
  if (/^cbs\b/.test(b)) return 'cbs';
  if (b === 'schatting' || b.startsWith('schatting ')) return 'schatting';
  return 'onbekend';
}

/**
 * The rows a data package stores for one line of the table: the total with its source, and the
 * splits by age, which are estimates whatever the source of the total.
 */
export function inwonersPerBasis(r: Inwoners): Array<{ basis: Inwonersbasis; aantal: number; bron: string }> {
  return [
    { basis: 'totaal', aantal: r.totaal, bron: r.bron },
    { basis: '18plus', aantal: r.achttienPlus, bron: 'schatting' },
    { basis: '15-aow', aantal: r.vijftienTotAow, bron: 'schatting' },
  ];
}
