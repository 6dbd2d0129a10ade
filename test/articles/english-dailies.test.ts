/**
 * Invented English articles in the shapes of Indonesian and Malaysian English-language outlets (issue 9, round 32):
 * an Indonesian English daily on river pollution by smelters, a Malaysian portal on fuel subsidies, a business
 * piece on a listed bank's results, and a state news agency's English service on a flood. Every person, body, place
 * and event here is invented; the expectations were written before warta read the articles and follow the labelling
 * guide (speaker's fullest name, title as written, the body they speak for).
 */
import { type InventedArticle, scoreInventedArticles, scoreNamedOrganisations } from '../support/invented-articles.js';

const ENGLISH: readonly InventedArticle[] = [
{ id: 'en-id-daily-smelter-river', text: `Govt threatens to freeze permits of smelters polluting Lariang River

Jakarta — The government will freeze the operating permits of nickel smelters in Central Sulawesi that fail to install real-time wastewater monitors by June, after a river near an industrial park turned rust-red last month.

"We have given them enough warnings. From now on, any smelter without a working monitor will have its permit frozen," said Ratna Kusumawardhani, the director general of pollution control at the Environment and Forestry Ministry.

Ratna said inspectors had found that three of the eleven smelters in the park released untreated water during heavy rain.

Hendro Saputro, who heads the Central Sulawesi Environment Agency, said river samples taken after the rain showed iron levels far above the threshold.

"The samples from the lower river were the worst we have ever recorded," he told reporters in Palu on Monday.

Environment and Forestry Minister Siti Larasati Wirjono visited the park on Sunday.

"I saw it with my own eyes. The water was the colour of rust," the minister said.

"We are not against investment," she said. "But investment that poisons the river is not the investment we want."

Sulawesi Nikel Mandiri chief executive Andreas Halim said the company had ordered monitors for both of its smelters in January.

"The equipment has arrived at the port. It will be running well before the deadline," Andreas said.`,
  expect: [
    ['Ratna Kusumawardhani', 'director general of pollution control', 'Environment and Forestry Ministry'],
    ['Hendro Saputro', undefined, 'Central Sulawesi Environment Agency'],
    ['Siti Larasati Wirjono', 'Minister', 'Environment and Forestry Ministry'],
    ['Siti Larasati Wirjono', 'Minister', 'Environment and Forestry Ministry'],
    ['Siti Larasati Wirjono', 'Minister', 'Environment and Forestry Ministry'],
    ['Andreas Halim', 'chief executive', 'Sulawesi Nikel Mandiri'],
  ],
  organisations: [
    ['Environment and Forestry Ministry'],
    ['Central Sulawesi Environment Agency'],
    ['Sulawesi Nikel Mandiri'],
  ] },
{ id: 'en-my-portal-fuel-subsidy', text: `No petrol price hike this year, says PM

KUALA LUMPUR: The government will not raise the price of subsidised petrol this year, Malaysian Prime Minister Datuk Seri Azmir Hakimi Yusoff said today.

"I have told the Finance Ministry to find savings elsewhere first. The people have carried enough," he told reporters after chairing a meeting of the National Economic Council here.

Azmir said the targeted subsidy scheme would be reviewed again in the middle of next year.

Domestic Trade Minister Datuk Ramli Sulong said enforcement officers would step up checks on petrol stations near the borders.

"We have found vehicles with modified tanks filling up several times a day. This must stop," he said, adding that 42 stations had been fined since January.

"This is a relief for families in the lower income groups," said Nor Hafizah Ismail, the secretary-general of the Malaysian Consumer Rights Federation (MCRF).

"It gives them breathing space," she said. "But the government must also look at food prices, which have gone up faster than fuel."

Parti Maju Rakyat (PMR) information chief Ivan Loh Kah Meng said the announcement only delayed a decision that had to be made.

Loh said:

"Every year we postpone this, the bill for the subsidy grows. Someone will have to pay it."`,
  expect: [
    ['Azmir Hakimi Yusoff', 'Prime Minister', undefined],
    ['Ramli Sulong', 'Domestic Trade Minister', undefined],
    ['Nor Hafizah Ismail', 'secretary-general', 'Malaysian Consumer Rights Federation'],
    ['Nor Hafizah Ismail', 'secretary-general', 'Malaysian Consumer Rights Federation'],
    ['Nor Hafizah Ismail', 'secretary-general', 'Malaysian Consumer Rights Federation'],
    ['Ivan Loh Kah Meng', 'information chief', 'Parti Maju Rakyat'],
  ],
  organisations: [
    ['Finance Ministry'],
    ['National Economic Council'],
    ['Malaysian Consumer Rights Federation', 'MCRF'],
    ['Parti Maju Rakyat', 'PMR'],
  ] },
{ id: 'en-business-bank-results', text: `Bank Sentral Niaga posts 12 percent profit growth on consumer loans

Jakarta (Warta Nusa) - PT Bank Sentral Niaga Tbk booked a net profit of Rp 8.4 trillion in the first nine months of the year, up 12 percent from a year earlier, as consumer and mortgage lending grew faster than expected.

The bank's president director, Yohanes Budiarto Sinaga, said loans to households rose 17 percent, while corporate lending was flat.

"People are buying homes and cars again. We expect that to continue into next year as long as interest rates stay where they are," Yohanes said at a press conference on Thursday.

According to Yohanes, the bank's non-performing loan ratio fell to 2.1 percent.

Finance director Maria Goretti Suhardjo said the bank would keep its dividend payout ratio at 40 percent.

"We have enough capital to grow and still reward our shareholders," she said.

"The numbers were slightly above our estimates," said Rudy Kartawinata, a banking analyst at Samudra Sekuritas. "The question is whether the mortgage growth can last if the central bank raises rates."

Rudy, who heads research at the brokerage, kept his buy rating on the stock.`,
  expect: [
    ['Yohanes Budiarto Sinaga', 'president director', 'PT Bank Sentral Niaga Tbk'],
    ['Maria Goretti Suhardjo', 'Finance director', 'PT Bank Sentral Niaga Tbk'],
    ['Rudy Kartawinata', 'banking analyst', 'Samudra Sekuritas'],
    ['Rudy Kartawinata', 'banking analyst', 'Samudra Sekuritas'],
  ],
  organisations: [
    ['PT Bank Sentral Niaga Tbk', 'Bank Sentral Niaga'],
    ['Samudra Sekuritas'],
  ] },
{ id: 'en-agency-flood-evacuation', text: `Over 3,000 evacuated as floods hit three districts in Kalimantan

Samarinda, E Kalimantan (Warta Nusa) - More than 3,000 residents have been evacuated after the Mahakam River burst its banks in three districts of East Kalimantan province, the local disaster mitigation agency said on Saturday.

Head of the East Kalimantan Disaster Mitigation Agency (BPBD) Agus Salim Pohan said the water had reached two metres in some villages.

"Our teams are using rubber boats to reach people who are stranded on their roofs," he said.

He said the agency had set up 14 shelters in schools and mosques.

"Food and clean water are our priority. We have asked the provincial government for more supplies," Pohan added.

Meanwhile, the chief of the Samarinda Police, Senior Commissioner Dedi Kurniawan Lubis, said his personnel had been deployed to help the evacuation.

"We have sent 200 officers to the flooded areas," the police chief said. "They will stay until the water goes down."

The regional head of the Meteorology, Climatology and Geophysics Agency (BMKG), Fitri Handayani, warned that heavy rain would continue until next week.`,
  expect: [
    ['Agus Salim Pohan', 'Head', 'East Kalimantan Disaster Mitigation Agency'],
    ['Agus Salim Pohan', 'Head', 'East Kalimantan Disaster Mitigation Agency'],
    ['Dedi Kurniawan Lubis', 'chief', 'Samarinda Police'],
    ['Dedi Kurniawan Lubis', 'chief', 'Samarinda Police'],
  ],
  organisations: [
    ['East Kalimantan Disaster Mitigation Agency', 'BPBD'],
    ['Samarinda Police'],
    ['Meteorology, Climatology and Geophysics Agency', 'BMKG'],
  ] },
];

/** Fields warta still reads wrongly, by shape (`id#quote:field`): left unscored here and listed as todo below. */
const GAPS: Readonly<Record<string, string>> = {
  'en-business-bank-results#1:org': '`Finance director X said the bank would …`: a post written with no body, in an article about one company, is not given that company (the possessive `The bank’s` of the speaker before it is read, a bare post is not)',
};

/** Organisations warta still misses, by shape (`id:name`). */
const ORGANISATION_GAPS: Readonly<Record<string, string>> = {
  'en-id-daily-smelter-river:Sulawesi Nikel Mandiri': '`Contoh Nikel Mandiri chief executive X said`: the speaker’s body read from the title (right on the quote) is not an organisation of the article; a name with no organisation head is found only by the quote reader',
  'en-business-bank-results:Samudra Sekuritas': '`X, a banking analyst at Samudra Sekuritas`: as above (the quote has the firm, the article’s organisations do not)',
};

scoreInventedArticles('articles in English dailies', ENGLISH, GAPS, { dropHonorifics: true });
scoreNamedOrganisations('articles in English dailies', ENGLISH, ORGANISATION_GAPS);
