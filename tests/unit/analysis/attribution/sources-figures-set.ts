/**
 * Sentences for scoring who an article cites and whom its figures are attributed to, written by
 * hand before the detector was tuned (issue 18: "test sets you write and commit before tuning").
 * Each case is one or two sentences as they might appear in a news report.
 *
 * `sources` are the sources a careful reader would list under "Sources named": people, offices
 * and organisations, outlets, including one a later description or pronoun points back to. An
 * unnamed speaker ("a resident", "a senior diplomat"), a place, a nationality and a word inside
 * the quoted words are not named sources. `figures` pairs each reported figure, as written, with
 * the source the text attributes it to (`null`: none in its sentence).
 */

export interface SourceCase {
  text: string;
  sources: string[];
  figures?: [value: string, attributedTo: string | null][];
}

export const SOURCE_CASES: SourceCase[] = [
  // Titles and roles
  {
    text: 'Health Minister Ana Ruiz said 14 patients had died of the infection by Tuesday.',
    sources: ['Ana Ruiz'],
    figures: [['14', 'Ana Ruiz']],
  },
  {
    text: 'Maria K., a 34-year-old nurse, said the ward ran out of oxygen on Sunday night.',
    sources: ['Maria K.'],
  },
  {
    text: 'Prime Minister Mark Carney told the CBC that tariffs would be met with tariffs.',
    sources: ['Mark Carney', 'CBC'],
  },
  {
    text: 'Dr. Samir Haddad, director of the Al-Shifa hospital, said 18 bodies had been brought in overnight.',
    sources: ['Samir Haddad'],
    figures: [['18', 'Samir Haddad']],
  },
  {
    text: 'Speaking in Nairobi, Kenyan President William Ruto said the election would go ahead.',
    sources: ['William Ruto'],
  },
  {
    text: 'Mayor Karen Bass told reporters that 10,000 structures had burned.',
    sources: ['Karen Bass'],
    figures: [['10,000', 'Karen Bass']],
  },
  {
    text: 'Fire chief Daniel Moreno said 312 homes were destroyed and 2,400 residents were evacuated.',
    sources: ['Daniel Moreno'],
    figures: [
      ['312', 'Daniel Moreno'],
      ['2,400', 'Daniel Moreno'],
    ],
  },
  {
    text: 'Opposition leader Kemal Kilicdaroglu wrote on X that the vote had been rigged.',
    sources: ['Kemal Kilicdaroglu'],
  },
  {
    text: 'Chancellor Olaf Scholz, speaking after the summit in Brussels, said Europe must act.',
    sources: ['Olaf Scholz'],
  },
  {
    text: 'The governor of Texas, Greg Abbott, announced that 2,000 National Guard troops would be sent.',
    sources: ['Greg Abbott'],
    figures: [['2,000', 'Greg Abbott']],
  },
  {
    text: 'Colombian Defense Minister Pedro Sánchez told Caracol Radio that 12 soldiers were kidnapped.',
    sources: ['Pedro Sánchez', 'Caracol Radio'],
    figures: [['12', 'Pedro Sánchez']],
  },
  {
    text: 'Journalist Tucker Carlson said on his show that the war was unwinnable.',
    sources: ['Tucker Carlson'],
  },
  {
    text: 'Greek MEP Nikolas Farantouris, who visited Damascus shortly after the killings, reported a death toll potentially reaching 7,000.',
    sources: ['Nikolas Farantouris'],
    figures: [['potentially reaching 7,000', 'Nikolas Farantouris']],
  },
  {
    text: '“We counted 58 bodies,” said Hassan Ali, a volunteer with the civil defence.',
    sources: ['Hassan Ali'],
    figures: [['58', 'Hassan Ali']],
  },
  {
    text: '“We have nowhere to go,” said Amina Yusuf, a mother of four in Kassala.',
    sources: ['Amina Yusuf'],
  },
  {
    text: 'The BBC’s Lyse Doucet, reporting from Kyiv, said the city was quiet.',
    sources: ['BBC', 'Lyse Doucet'],
  },
  // Organisations and offices
  {
    text: 'The Interior Ministry said more than 1,000 people had been arrested since the protests began.',
    sources: ['Interior Ministry'],
    figures: [['more than 1,000', 'Interior Ministry']],
  },
  {
    text: 'A spokesperson for the WHO’s regional office told reporters that vaccines would arrive next week.',
    sources: ['WHO'],
  },
  {
    text: 'Local authorities said at least 300 families had been evacuated from the riverbank.',
    sources: ['local authorities'],
    figures: [['at least 300', 'local authorities']],
  },
  {
    text: 'At least 62 people were killed when the dam burst, according to the Libyan Red Crescent.',
    sources: ['Libyan Red Crescent'],
    figures: [['at least 62', 'Libyan Red Crescent']],
  },
  {
    text: 'The Ministry of Health in Gaza said 32 people were killed in the strikes.',
    sources: ['Ministry of Health'],
    figures: [['32', 'Ministry of Health']],
  },
  {
    text: 'Amnesty International documented 14 cases of torture in the prison.',
    sources: ['Amnesty International'],
    figures: [['14', 'Amnesty International']],
  },
  {
    text: 'In a statement, the Israel Defense Forces said it had struck 40 targets overnight.',
    sources: ['Israel Defense Forces'],
    figures: [['40', 'Israel Defense Forces']],
  },
  {
    text: 'The Metropolitan Police said 27 people were arrested after the match.',
    sources: ['Metropolitan Police'],
    figures: [['27', 'Metropolitan Police']],
  },
  {
    text: 'About 90,000 people were displaced by the fighting, according to the UN Office for the Coordination of Humanitarian Affairs.',
    sources: ['UN Office for the Coordination of Humanitarian Affairs'],
    figures: [['about 90,000', 'UN Office for the Coordination of Humanitarian Affairs']],
  },
  {
    text: 'The Pentagon confirmed that two service members had been wounded.',
    sources: ['Pentagon'],
    figures: [['two', 'Pentagon']],
  },
  {
    text: 'Egypt’s foreign ministry said in a statement on Sunday that the crossing would reopen.',
    sources: ['foreign ministry'],
  },
  {
    text: 'The Red Cross said 37 aid workers had been detained.',
    sources: ['Red Cross'],
    figures: [['37', 'Red Cross']],
  },
  {
    text: 'The Brazilian government said that 4,500 firefighters had been deployed.',
    sources: ['Brazilian government'],
    figures: [['4,500', 'Brazilian government']],
  },
  {
    text: 'Médecins Sans Frontières said its clinic in Khartoum had treated 150 wounded patients.',
    sources: ['Médecins Sans Frontières'],
    figures: [['150', 'Médecins Sans Frontières']],
  },
  {
    text: 'The Indian Meteorological Department warned of heavy rain in Kerala.',
    sources: ['Indian Meteorological Department'],
  },
  {
    text: 'Thousands have fled the city, the United Nations said.',
    sources: ['United Nations'],
    figures: [['Thousands', 'United Nations']],
  },
  {
    text: 'The Kenya Red Cross said 38 people were killed and 50,000 displaced by the floods.',
    sources: ['Kenya Red Cross'],
    figures: [
      ['38', 'Kenya Red Cross'],
      ['50,000', 'Kenya Red Cross'],
    ],
  },
  {
    text: 'The White Helmets rescue group said it had pulled 11 people from the rubble.',
    sources: ['White Helmets'],
    figures: [['11', 'White Helmets']],
  },
  {
    text: 'The Ukrainian military said it shot down 42 drones overnight.',
    sources: ['Ukrainian military'],
    figures: [['42', 'Ukrainian military']],
  },
  {
    text: 'French officials said the boat was carrying 40 migrants when it sank.',
    sources: ['French officials'],
    figures: [['40', 'French officials']],
  },
  {
    text: 'Police said the suspect, a 29-year-old man from Leeds, was arrested at the airport.',
    sources: ['police'],
  },
  {
    text: 'Local Lebanese authorities indicated that more than 350 families have crossed the border recently.',
    sources: ['Lebanese authorities'],
    figures: [['more than 350', 'Lebanese authorities']],
  },
  // Outlets
  {
    text: 'Reuters reported that the talks had collapsed late on Friday.',
    sources: ['Reuters'],
  },
  {
    text: 'Tesla shares fell 8 percent on Tuesday, Bloomberg reported.',
    sources: ['Bloomberg'],
  },
  {
    text: 'Iran’s state news agency IRNA reported that 19 people were arrested.',
    sources: ['IRNA'],
    figures: [['19', 'IRNA']],
  },
  {
    text: 'Xinhua said 23 miners were trapped underground.',
    sources: ['Xinhua'],
    figures: [['23', 'Xinhua']],
  },
  {
    text: 'An Afghan refugee in Peshawar told the BBC he had been waiting for two years.',
    sources: ['BBC'],
  },
  {
    text: 'Germans are divided over the plan, a poll by Forsa showed.',
    sources: ['Forsa'],
  },
  {
    text: '"The interim authorities must hold those responsible accountable," Bild quoted Senator Marco Rubio as saying.',
    sources: ['Bild', 'Marco Rubio'],
  },
  // Back-references: descriptions and pronouns
  {
    text: 'Le Monde published the leaked memo on Monday. The newspaper quoted a senior diplomat as saying the embassy would close.',
    sources: ['Le Monde'],
  },
  {
    text: 'The Syrian Observatory for Human Rights gave a new toll on Sunday. The London-based monitor said 745 civilians had been killed.',
    sources: ['Syrian Observatory for Human Rights'],
    figures: [['745', 'Syrian Observatory for Human Rights']],
  },
  {
    text: 'Rami Abdurrahman, who heads the Syrian Observatory for Human Rights, said the fighting had eased. The war monitor later put the toll at 1,383 civilians.',
    sources: ['Rami Abdurrahman', 'Syrian Observatory for Human Rights'],
    figures: [['1,383', 'Syrian Observatory for Human Rights']],
  },
  {
    text: 'The Associated Press counted 43 deaths in the region. The wire service said most were civilians.',
    sources: ['Associated Press'],
    figures: [['43', 'Associated Press']],
  },
  {
    text: 'UNHCR, the Geneva-based agency, said 1.2 million people had fled Sudan. The agency warned that funding was running out.',
    sources: ['UNHCR'],
    figures: [['1.2 million', 'UNHCR']],
  },
  {
    text: 'Ukraine’s human rights ombudswoman, Olena Petrenko, visited the site on Monday. She warned that 15 people were still missing.',
    sources: ['Olena Petrenko'],
    figures: [['15', 'Olena Petrenko']],
  },
  {
    text: 'The health ministry said 61 people had died. It added that 200 more were injured.',
    sources: ['health ministry'],
    figures: [
      ['61', 'health ministry'],
      ['200', 'health ministry'],
    ],
  },
  {
    text: 'Japan’s Fire and Disaster Management Agency said 128 people had been confirmed dead. The agency added that 195 others were missing.',
    sources: ['Fire and Disaster Management Agency'],
    figures: [
      ['128', 'Fire and Disaster Management Agency'],
      ['195', 'Fire and Disaster Management Agency'],
    ],
  },
  {
    text: 'Ukrainian President Volodymyr Zelensky spoke to reporters in Kyiv. He said 3,000 prisoners had been exchanged.',
    sources: ['Volodymyr Zelensky'],
    figures: [['3,000', 'Volodymyr Zelensky']],
  },
  // Places, nationalities and quoted words are not sources; unnamed speakers are not named
  {
    text: 'A resident of Mosul said the water had been cut off for three days.',
    sources: [],
  },
  {
    text: '“The Kremlin is lying,” the opposition leader said.',
    sources: [],
  },
  {
    text: 'Protesters chanted “Down with Tehran” outside the embassy.',
    sources: [],
  },
  {
    text: 'Turkish and Arab diplomats met in Ankara on Monday.',
    sources: [],
  },
  {
    text: 'Farmers in Punjab say they have lost half their crops.',
    sources: [],
  },
  {
    text: '"Gaza is starving," a doctor at Nasser Hospital told reporters.',
    sources: [],
  },
  {
    text: 'Syrian refugees in Lebanon said they feared returning home.',
    sources: [],
  },
  // Figures without attribution
  {
    text: 'The floods displaced more than 200,000 people across the province.',
    sources: [],
    figures: [['more than 200,000', null]],
  },
  {
    text: 'More than 3,000 people have died in the earthquake.',
    sources: [],
    figures: [['More than 3,000', null]],
  },
  {
    text: 'Around 5,000 migrants crossed the Channel last month.',
    sources: [],
    figures: [['Around 5,000', null]],
  },
  {
    text: 'Tens of thousands of people marched through Belgrade on Saturday.',
    sources: [],
    figures: [['Tens of thousands', null]],
  },
  {
    text: 'Over 1,200 civilians have died in the coastal provinces this week alone.',
    sources: [],
    figures: [['Over 1,200', null]],
  },
  {
    text: 'Nearly 400 people were arrested in the crackdown that followed, and dozens remain missing.',
    sources: [],
    figures: [
      ['Nearly 400', null],
      ['dozens', null],
    ],
  },
];
