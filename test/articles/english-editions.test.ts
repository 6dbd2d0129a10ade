/**
 * Invented English articles in outlet formats the labelled sets have little of (issue 9, round 31): an Indonesian
 * outlet's English edition on a ministry policy, a Malaysian English portal on a state assembly row, a business wire
 * piece on a listed company with analysts, and a sports piece with a coach and a player. Every person, body, place and
 * event here is invented; the expectations were written before warta read the articles and follow the labelling
 * guide (speaker's fullest name, title as written, the body they speak for).
 */
import { type InventedArticle, scoreInventedArticles, scoreNamedOrganisations } from '../support/invented-articles.js';

const ENGLISH: readonly InventedArticle[] = [
{ id: 'en-id-english-edition-rice-permits', text: `Ministry to cap rice import permits at 1.2 million tons next year

Jakarta (Warta Nusa) - The Indonesian Ministry of Trade will cap rice import permits at 1.2 million tons next year, after harvests in several provinces recovered from a long dry season.

Director General of Foreign Trade at the Ministry of Trade, Bonifasius Harjosuwarno, said the quota would be released in three rounds so that imported grain did not reach ports during the main harvest.

"We do not want imported rice landing at the same time our farmers are cutting their paddy. That would push farm-gate prices down," Harjosuwarno told reporters at the ministry on Tuesday.

He added that the State Grain Reserve Corporation (SGRC) would remain the only importer allowed to bring in medium-grade rice.

"SGRC has the warehouses and the distribution network, so it makes sense for them to handle it," he said.

SGRC director of operations Theodora Wahyuningtyas said the corporation currently held 2.4 million tons in its warehouses, enough for about five months of market operations.

"Our stock is safe. We will only use the permits if the price of medium rice stays above the ceiling for two weeks in a row," Wahyuningtyas said.

The chairman of the Indonesian Smallholder Farmers Union (ISFU), Sugiharto Wiryowinangun, welcomed the cap but asked the government to publish the import calendar in advance.

"Farmers need to know when foreign rice will come in, so they can decide when to sell their harvest," he said.

The director general said the calendar would be announced in January.

"We will be transparent. The first round will only open after we see the harvest figures for February," the official added.`,
  expect: [
    ['Bonifasius Harjosuwarno', 'Director General of Foreign Trade', 'Ministry of Trade'],
    ['Bonifasius Harjosuwarno', 'Director General of Foreign Trade', 'Ministry of Trade'],
    ['Theodora Wahyuningtyas', 'director of operations', 'SGRC'],
    ['Sugiharto Wiryowinangun', 'chairman', 'Indonesian Smallholder Farmers Union'],
    ['Bonifasius Harjosuwarno', 'Director General of Foreign Trade', 'Ministry of Trade'],
  ],
  organisations: [
    ['Ministry of Trade', 'Indonesian Ministry of Trade'],
    ['State Grain Reserve Corporation', 'SGRC'],
    ['Indonesian Smallholder Farmers Union', 'ISFU'],
  ] },
{ id: 'en-my-portal-assembly-walkout', text: `Opposition walks out of Seri Tanjung assembly over flood fund debate

SERI TANJUNG: Eleven opposition assemblymen staged a walkout from the Seri Tanjung State Legislative Assembly today after Speaker Datuk Harun Zakwan Ibrahim rejected their motion to debate the use of a RM80 million flood mitigation fund.

Opposition leader Lim Choon Keat (Pekan Lama) said the fund had been approved two years ago but only a quarter of it had been spent.

"The people in the low-lying villages are still waiting. We only asked for one hour to debate this, and even that was denied," Lim told reporters at the assembly lobby.

Harun, however, said the motion was rejected because it was filed after the deadline set under the Standing Orders.

"The rules apply to every member. I cannot make an exception because a topic is popular," the Speaker said.

State executive councillor for infrastructure and public works Rozaimi Fadzlan Abu Bakar said the state government would table a full report on the fund at the next sitting.

"Most of the money has been committed to contracts. Payments are released only when each stage of the work is certified," he said.

Parti Gagasan Rakyat (PGR) Youth chief Kavitha Marimuthu, who watched from the public gallery, said the walkout was the only option left to the opposition.

"We will take this matter to the people directly, village by village," she said.

The assembly sitting continues until Thursday.`,
  expect: [
    ['Lim Choon Keat', 'Opposition leader', undefined],
    ['Harun Zakwan Ibrahim', 'Speaker', 'Seri Tanjung State Legislative Assembly'],
    ['Rozaimi Fadzlan Abu Bakar', 'State executive councillor for infrastructure and public works', undefined],
    ['Kavitha Marimuthu', 'Youth chief', 'Parti Gagasan Rakyat'],
  ],
  organisations: [
    ['Seri Tanjung State Legislative Assembly'],
    ['Parti Gagasan Rakyat', 'PGR'],
  ] },
{ id: 'en-wire-plantation-profit-miss', text: `Palmera Agro shares slump after third-quarter profit misses forecasts

KUALA LUMPUR, Nov 12 (Meridian Wire) - Shares of Palmera Agro Bhd fell as much as 9% on Wednesday, their steepest drop in two years, after the plantation group reported a 38% fall in third-quarter net profit on lower crude palm oil output.

The company's chief executive officer, Edwin Tay Soon Hock, said heavy rain on its largest estates had disrupted harvesting for most of August.

"We lost almost three weeks of harvesting on our biggest estates. Output should normalise in the fourth quarter," Tay said in a statement.

Palmera Agro posted net profit of 142 million ringgit for July-September, below the 205 million ringgit average estimate of four analysts polled by Meridian Wire.

Analysts said the miss was larger than the weather alone could explain.

"Costs are the bigger worry. Fertiliser and wages are up, and the company has not shown it can pass that on," said Nurul Syazwani Kamal, plantation analyst at Hartamas Securities.

Another analyst, Daniel Kwok of Sentosa Capital Research, cut his target price to 4.10 ringgit from 4.85 ringgit.

"We think the market will wait for at least two clean quarters before it pays up for this stock again," Kwok said in a note to clients.

Tay said the group would go ahead with replanting 6,000 hectares next year.

"Replanting hurts earnings in the short term, but old trees are the biggest drag on our yields," he told an analyst briefing later on Wednesday.`,
  expect: [
    ['Edwin Tay Soon Hock', 'chief executive officer', 'Palmera Agro Bhd'],
    ['Nurul Syazwani Kamal', 'plantation analyst', 'Hartamas Securities'],
    ['Daniel Kwok', 'analyst', 'Sentosa Capital Research'],
    ['Edwin Tay Soon Hock', 'chief executive officer', 'Palmera Agro Bhd'],
  ],
  organisations: [
    ['Palmera Agro Bhd', 'Palmera Agro'],
    ['Meridian Wire'],
    ['Hartamas Securities'],
    ['Sentosa Capital Research'],
  ] },
{ id: 'en-my-sports-young-keeper', text: `Rantau Jaya coach backs teenage keeper for cup final

KUALA BERANG: Rantau Jaya FC head coach Marco Vidakovic has no doubts about handing 19-year-old goalkeeper Haziq Iskandar Roslan his first start in Saturday's state cup final against Bukit Kenari City.

"Haziq has trained with the first team all season. He is calm, he talks to his defenders, and he is not afraid of the big occasion," Vidakovic said at the pre-match press conference today.

The Croatian took over the club in March and has lost only twice in 19 matches.

First-choice keeper Faizul Anuar is ruled out with a broken finger suffered in training last week.

Haziq, a product of the club's academy, said he was told of the decision on Tuesday.

"My father cried when I called him. I want to repay the coach's trust by keeping a clean sheet," the youngster said.

Captain Shahrul Nizam Bakri said the dressing room was fully behind the teenager.

"We have all seen what he can do in training. Our job is to make sure he does not have too much to do," said the 31-year-old defender.

The coach also confirmed that striker Obinna Eze-Kalu would return from suspension.

"Obinna gives us a presence up front. Against a team that defends deep, we need that," Vidakovic added.`,
  expect: [
    ['Marco Vidakovic', 'head coach', 'Rantau Jaya FC'],
    ['Haziq Iskandar Roslan', 'goalkeeper', undefined],
    ['Shahrul Nizam Bakri', 'Captain', undefined],
    ['Marco Vidakovic', 'head coach', 'Rantau Jaya FC'],
  ],
  organisations: [
    ['Rantau Jaya FC'],
    ['Bukit Kenari City'],
  ] },
];

/** Fields warta still reads wrongly, by shape (`id#quote:field`): left unscored here and listed as todo below. */
const GAPS: Readonly<Record<string, string>> = {
  'en-my-portal-assembly-walkout#1:org': '`… the X Tanjung State Legislative Assembly … after Speaker Datuk Y`: the assembly is not found, so the Speaker has no organisation; `Seri` opening its name is no longer the cause (round 31: the same with `Batu Tanjung`)',
  'en-wire-plantation-profit-miss#1:role': '`said X, plantation analyst at Y.`: a role and firm after the name, after an inverted speech verb, are not read',
  'en-wire-plantation-profit-miss#1:org': 'as role',
  'en-wire-plantation-profit-miss#2:role': '`Another analyst, X of Y,`: the role after `Another` before the name is not read (the firm after `of` is)',
  'en-my-sports-young-keeper#2:name': '`Captain X said …` opening a paragraph: the capitalised post is read into the name (`Captain X`), so the description after the verb that points back to that person (`said the 31-year-old defender`) takes the name with the post and no role',
  'en-my-sports-young-keeper#2:role': 'as #2:name',
  'en-my-sports-young-keeper#1:role': '`… handing 19-year-old goalkeeper X his first start`: an age before the post of a person named as an object gives them no role, so the description that points back to them finds the name alone',
};

/** Organisations warta still misses, by shape (`id:name`). */
const ORGANISATION_GAPS: Readonly<Record<string, string>> = {
  'en-my-portal-assembly-walkout:Seri Tanjung State Legislative Assembly': 'a `State Legislative Assembly` named after a place is not reported; `Seri` opening the name is no longer the cause (round 31: the same with `Batu Tanjung`)',
  'en-wire-plantation-profit-miss:Palmera Agro Bhd': '`Shares of Palmera Agro Bhd fell`: a capitalised sentence-opening noun joined by `of` stays in the company’s name',
  'en-wire-plantation-profit-miss:Sentosa Capital Research': '`Daniel Kwok of Sentosa Capital Research`: a person’s name joined by `of` opens the firm’s name, and `Research` is cut',
  'en-my-sports-young-keeper:Bukit Kenari City': 'a club named `X City` is no organisation by shape',
};

scoreInventedArticles('articles in English editions', ENGLISH, GAPS, { dropHonorifics: true });
scoreNamedOrganisations('articles in English editions', ENGLISH, ORGANISATION_GAPS);
