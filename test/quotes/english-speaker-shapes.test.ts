/**
 * Invented English articles in the page shapes of Malaysian, Singaporean and Indonesian English dailies, wire copy
 * and press releases (issue 9, round 26), each quote with the speaker, role and organisation a reader would give it.
 * Every person and company name here is invented. The articles' role and organisation checks use the
 * evaluation's lenient containment (one side's words hold the other's), so a role or organisation read too long
 * still passes there; the single-sentence tests below compare exactly.
 */
import { describe, expect, it } from 'vitest';
import { type InventedArticle, englishSpeakers as speakers, scoreInventedArticles } from '../support/invented-articles.js';

const ARTICLES: readonly InventedArticle[] = [
{ id: 'my-daily-water', text: `Water operator to spend RM240mil on new pipes

KUALA LUMPUR: The state water operator will spend RM240mil to replace ageing pipes in three districts over the next two years.

"We lose almost a third of treated water before it reaches a single tap," said Datuk Harlizan Mokhtarudin, the chief executive officer of Air Lembah Berhad.

He said work would begin in Kampung Seladang Hilir, where pipes laid in the 1970s burst almost every week.

"Residents there have waited long enough," he added.

Consumers' Water Forum president Wong Kee Loong said the plan was long overdue.

"Every year we hear the same promise, and every year the taps run dry in the dry season," he said.

Water Resources Minister Datuk Seri Azfarul Hakimi had announced the allocation in Parliament last month.

"No district will be left behind," the minister said in a statement yesterday.`,
  expect: [
    ['Harlizan Mokhtarudin', 'chief executive officer', 'Air Lembah Berhad'],
    ['Harlizan Mokhtarudin', 'chief executive officer', 'Air Lembah Berhad'],
    ['Wong Kee Loong', 'president', "Consumers' Water Forum"],
    ['Azfarul Hakimi', 'Water Resources Minister', undefined],
  ] },
{ id: 'my-portal-hawkers', text: `Hawkers want licence fee put on hold

PETALING JAYA: A coalition of hawker groups has urged the government to delay a new yearly licence fee for street stalls.

Gabungan Peniaga Kecil Nasional (Gapekan) secretary-general Rosli Kamarulzaman said many of its 30,000 members earned less than RM100 a day.

"A fee of RM300 a year is a week of income for some of them," he told FMT.

"Flat fees hurt the smallest stalls the most," said Dr Yeoh Mei Ling, who heads the Centre for Urban Livelihoods at Universiti Serindah.

"We are not against rules for hawkers," she said. "We simply want them to be fair.

"Traders in the night markets have never been asked for their views, and that has to change."

According to Faizal Hamdan, a spokesman for the Housing and Local Government Ministry, "the fee is still under review and no date has been fixed for it".`,
  expect: [
    ['Rosli Kamarulzaman', 'secretary-general', 'Gabungan Peniaga Kecil Nasional'],
    ['Yeoh Mei Ling', undefined, 'Centre for Urban Livelihoods'],
    ['Yeoh Mei Ling', undefined, 'Centre for Urban Livelihoods'],
    ['Yeoh Mei Ling', undefined, 'Centre for Urban Livelihoods'],
    ['Yeoh Mei Ling', undefined, 'Centre for Urban Livelihoods'],
    ['Faizal Hamdan', 'spokesman', 'Housing and Local Government Ministry'],
  ] },
{ id: 'sg-daily-trains', text: `Six new trains for north-east line from July

SINGAPORE - Commuters on the north-east line can expect shorter waits from July, when six new trains enter service.

"The new trains will let us run a train every two minutes at peak hours," Land Transport Authority deputy chief executive Lim Boon Hwee told reporters on Monday (May 4).

Mr Lim said the trains had been tested over more than 4,000km of track.

"We want to be sure before a single passenger boards," he said.

Ms Carolyn Teo, Orchid Rail's chief executive, said: "Our engineers have spent a year on the new signalling system."

Commuter Ravindran Subramaniam, 34, who travels from the east every day, welcomed the news.

"Anything that gets me to work faster is good," said the accountant.`,
  expect: [
    ['Lim Boon Hwee', 'deputy chief executive', 'Land Transport Authority'],
    ['Lim Boon Hwee', 'deputy chief executive', 'Land Transport Authority'],
    ['Carolyn Teo', 'chief executive', 'Orchid Rail'],
    ['Ravindran Subramaniam', undefined, undefined],
  ] },
{ id: 'id-daily-cooking-oil', text: `Govt to cap cooking oil price again

Jakarta – The government plans to cap the retail price of bulk cooking oil again as prices climb ahead of the fasting month.

"We will not let the price go above Rp 15,000 per liter," Trade Minister Rudianto Sasmita said on Tuesday.

Rudianto said the ministry would work with the Palm Oil Refiners Association (Apmi) to keep supplies flowing to traditional markets.

Apmi chairman Bambang Wicaksonoputro said refiners could meet the cap only if export levies were lowered.

"Our margins are already very thin," Bambang said.

Economist Ayu Prameswari of the Jakarta Centre for Market Studies was less upbeat.

"Price caps usually lead to shortages within weeks," she said in a phone interview.

"Stocks in traditional markets are safe until Idul Fitri," according to Hendra Sukmajaya, the ministry's director of domestic trade.`,
  expect: [
    ['Rudianto Sasmita', 'Trade Minister', undefined],
    // The article's short form of the association, which it spells out once.
    ['Bambang Wicaksonoputro', 'chairman', 'Apmi'],
    ['Ayu Prameswari', 'Economist', 'Jakarta Centre for Market Studies'],
    ['Hendra Sukmajaya', 'director of domestic trade', undefined],
  ] },
{ id: 'antara-dengue', text: `Ministry asks regions to step up dengue watch

Jakarta (ANTARA) - The Health Ministry has asked regional administrations to step up dengue surveillance as the rainy season peaks.

"Cases usually climb four to six weeks after the first heavy rains," the ministry's director of communicable disease prevention, Wulan Kartikasari, said here on Monday.

She said 112 districts had reported rising cases since January.

"We ask every community health centre to report suspected cases within 24 hours," Kartikasari added.

"Our district hospitals have prepared extra beds," Head of the East Nusa Tenggara Provincial Health Office Yohanes Lelo Bata remarked.

"Fogging alone is not enough, people must drain standing water," noted epidemiologist Agustinus Seran Tefa from Nusa Cendana University.`,
  expect: [
    ['Wulan Kartikasari', 'director of communicable disease prevention', 'Health Ministry'],
    ['Wulan Kartikasari', 'director of communicable disease prevention', 'Health Ministry'],
    ['Yohanes Lelo Bata', 'Head', 'East Nusa Tenggara Provincial Health Office'],
    ['Agustinus Seran Tefa', 'epidemiologist', 'Nusa Cendana University'],
  ] },
{ id: 'wire-power', text: `Indonesian power firm sees demand up 5%

JAKARTA, May 12 (Reuters) - Indonesian power producer PT Energi Nusa Raya expects electricity demand to grow faster this year as new smelters come online, its top executive said on Tuesday.

"We expect demand to grow by 5% this year, mostly from industry," Adrian Purnomosidi, chief executive of PT Energi Nusa Raya, told a news conference.

The company's chief financial officer, Melinda Tanuwidjojo, said capital spending would rise to $1.2 billion.

"Most of it goes to transmission lines on the outer islands," she said.

"The ministry supports any plan that brings power to remote islands," energy ministry spokesperson Dwi Anggraenisari said in a statement.

(Reporting by Kalinda Vorsey; Editing by Teodor Malkany)`,
  expect: [
    ['Adrian Purnomosidi', 'chief executive', 'PT Energi Nusa Raya'],
    ['Melinda Tanuwidjojo', 'chief financial officer', 'PT Energi Nusa Raya'],
    ['Dwi Anggraenisari', 'spokesperson', 'energy ministry'],
  ] },
{ id: 'press-release-cold-chain', text: `Kestrel Harbour Logistics opens third cold-chain warehouse in Johor

SINGAPORE, May 12, 2026 /PRNewswire/ -- Kestrel Harbour Logistics, a regional cold-chain operator, today announced the opening of its third warehouse in southern Johor.

"Southern Johor has become the natural back room for the region's food trade," said Marcus Ong Teck Wah, Chief Executive Officer of Kestrel Harbour Logistics. "With this site we can double our frozen capacity before the end of the year."

Nurul Ain Zakarianto, Kestrel's Head of Operations for Malaysia, said the warehouse would create 180 jobs.

"We have hired most of our staff from the nearby towns," she said.

About Kestrel Harbour Logistics

Kestrel Harbour Logistics runs temperature-controlled warehouses in Singapore and Malaysia.`,
  expect: [
    ['Marcus Ong Teck Wah', 'Chief Executive Officer', 'Kestrel Harbour Logistics'],
    ['Marcus Ong Teck Wah', 'Chief Executive Officer', 'Kestrel Harbour Logistics'],
    ['Nurul Ain Zakarianto', 'Head of Operations', 'Kestrel'],
  ] },
{ id: 'bernama-floods', text: `Perak to open two more flood relief centres

IPOH, May 12 -- Perak will open two more permanent flood relief centres in the Hilir Tenang district before the year-end monsoon.

State executive councillor Datuk Mohd Zahiruddin Kasimon (pictured) said the centres would be ready by October.

"Each centre can hold 500 evacuees and has its own kitchen," he told reporters after chairing a meeting here today.

Meanwhile, Perak Fire and Rescue Department director Sabrizal Ismaon said all stations had been told to be on standby.

"Our boats are ready at all 14 stations in the district," he said.

-- BERNAMA`,
  expect: [
    ['Mohd Zahiruddin Kasimon', 'State executive councillor', undefined],
    ['Sabrizal Ismaon', 'director', 'Perak Fire and Rescue Department'],
  ] },
{ id: 'my-daily-heritage', text: `Keep old town colours muted, says group

GEORGE TOWN: Owners of pre-war shophouses in the inner city should not paint their walls in bright colours, says a heritage group.

"The shophouses must not look like a box of sweets," said Penang Old Town Association president Tan Sri Khoo Boon Seong.

Khoo, a retired architect, said the group had listed 400 buildings it wanted protected.

"We have walked every street and photographed every front door," he said.

Dr Lim Siew Ean, who chairs the city council's heritage committee, said the guidelines would be reviewed next month.

"We welcome feedback from owners and tenants alike," she said, adding that a public forum would be held in June.`,
  expect: [
    ['Khoo Boon Seong', 'president', 'Penang Old Town Association'],
    ['Khoo Boon Seong', 'president', 'Penang Old Town Association'],
    ['Lim Siew Ean', undefined, undefined],
  ] },
{ id: 'sg-company-results', text: `Ferrowind posts higher profit on marine orders

SINGAPORE - Engineering firm Ferrowind Holdings posted a 12 per cent rise in net profit for the first quarter, helped by orders for offshore wind vessels.

"Demand for specialised vessels has never been stronger," said Mr Darren Koh Wee Liang, 52, managing director of Ferrowind Holdings.

He said the order book now stood at $640 million, enough to keep its two yards busy until 2028.

"We are turning away some work because we simply do not have the berths," Mr Koh added.

Analyst Priya Raghunathan of Maybridge Securities said the results beat expectations.

"The margins surprised us on the upside," she wrote in a note to clients.`,
  expect: [
    ['Darren Koh Wee Liang', 'managing director', 'Ferrowind Holdings'],
    ['Darren Koh Wee Liang', 'managing director', 'Ferrowind Holdings'],
    ['Priya Raghunathan', 'Analyst', 'Maybridge Securities'],
  ] },
];

/**
 * Fields warta still reads wrongly, by shape (`id#quote:field`): left unscored here and listed as todo below.
 */
const GAPS: Readonly<Record<string, string>> = {
};

scoreInventedArticles('English speakers in daily, wire and release shapes', ARTICLES, GAPS, { dropHonorifics: true });

describe('English speakers in daily, wire and release shapes: English speaker shapes', () => {
  it('`Analyst X of Z said` names X, with Z as organisation (not the other way round)', () => {
    expect(speakers('“The margins surprised us,” Senior Analyst Priya Raghunathan of Maybridge Securities said.')).toEqual([
      ['Priya Raghunathan', 'Senior Analyst', 'Maybridge Securities'],
    ]);
  });

  it('a title that names its own body (`Director of Z X said`) keeps the name at the end', () => {
    expect(speakers('“Orders will pick up by the third quarter,” Director of Ferrowind Holdings Darren Koh said.')).toEqual([
      ['Darren Koh', 'Director', 'Ferrowind Holdings'],
    ]);
  });

  it('an age between commas (`X, 52, managing director of Z`) leaves the title to the speaker', () => {
    expect(speakers('“Demand has never been stronger,” said Mr Darren Koh Wee Liang, 52, managing director of Ferrowind Holdings.')).toEqual([
      ['Darren Koh Wee Liang', 'managing director', 'Ferrowind Holdings'],
    ]);
    expect(speakers('“Orders will pick up by the third quarter,” said Darren Koh, 52.')).toEqual([['Darren Koh', null, null]]);
  });

  it('`"…," the company’s chief executive, X, told reporters` names X with the title', () => {
    expect(speakers('“Most of it goes to new transmission lines,” the company’s chief financial officer, Melinda Tanuwidjojo, told reporters.')).toEqual([
      ['Melinda Tanuwidjojo', 'chief financial officer', null],
    ]);
    expect(speakers('“Orders will pick up by the third quarter,” the director, who asked not to be named, said.')).toEqual([[null, null, null]]);
  });

  it('`Mr Lim said` makes the surname how the article names the person, so `Lim Boon Hwee` keeps it', () => {
    const text = [
      '“The new trains will let us run a train every two minutes,” deputy chief executive Lim Boon Hwee told reporters.',
      'Mr Lim said the trains had been tested over more than 4,000km of track.',
    ].join('\n\n');
    expect(speakers(text).map((s) => s[0])).toEqual(['Lim Boon Hwee']);
  });

  it('a company word the article writes alone, with no honorific before a verb, is still cut from a name', () => {
    const text = [
      'Serindah Ferries added two boats last year. Mr Serindah also runs the night crossing.',
      '“We carry more cars than ever,” said Serindah Marvessa Oskwell.',
    ].join('\n\n');
    expect(speakers(text).map((s) => s[0])).toEqual(['Marvessa Oskwell']);
  });

  it('a paragraph opening `Z Fire and Rescue Department director X said` is about X, whose `he said` follows', () => {
    const text = [
      'Hilir Tenang Fire and Rescue Department director Sabrizal Ismaon said all stations had been told to be on standby.',
      '“Our boats are ready at all 14 stations in the district,” he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([['Sabrizal Ismaon', 'director', 'Hilir Tenang Fire and Rescue Department']]);
  });

  it('a paragraph opening with a titled person and `and` another still points `he said` to the first', () => {
    const text = [
      'Trade Minister Rudianto Sasmita and Deputy Trade Minister Ayu Prameswari met exporters on Monday.',
      '“The cap stays until the harvest,” he said.',
    ].join('\n\n');
    expect(speakers(text).map((s) => s[0])).toEqual(['Rudianto Sasmita']);
  });

  it('a paragraph opening with two bare names joined by `and` still points `he said` to the first', () => {
    const text = [
      'Rudianto Sasmita and Ayu Prameswari met exporters at the port on Monday.',
      '“The cap stays until the harvest,” he said.',
    ].join('\n\n');
    expect(speakers(text).map((s) => s[0])).toEqual(['Rudianto Sasmita']);
  });

  it('a calling before a name (`epidemiologist X from Z said`) is a title, with Z as organisation', () => {
    expect(speakers('“Fogging alone is not enough,” epidemiologist Agustinus Seran Tefa from Kupang Cendana University said.')).toEqual([
      ['Agustinus Seran Tefa', 'epidemiologist', 'Kupang Cendana University'],
    ]);
  });

  it('`Economist X of the <place> Centre for …` takes the place-led body as organisation', () => {
    const text = [
      'Economist Ayu Prameswari of the Jakarta Centre for Market Studies was less upbeat.',
      '“Price caps usually lead to shortages within weeks,” she said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([['Ayu Prameswari', 'Economist', 'Jakarta Centre for Market Studies']]);
  });
});
