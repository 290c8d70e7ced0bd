"""`linkchart.relations.patterns.v1` on sentences written for these tests, one construction each."""

from __future__ import annotations

import pytest

from tests.helpers import extract, triples

PLOTE = "People's Liberation Organisation of Tamil Eelam"

CASES = [
    # passive with a by-phrase
    (
        "In 2003 the Haqqani network was recruited by the ISI.",
        {("Inter-Services Intelligence", "recruits", "Haqqani Network")},
    ),
    # participle borrowing the subject; nominal 'assistance from'
    (
        "Jalaluddin Haqqani fought against Soviet forces, receiving assistance from the CIA.",
        {
            ("Jalaluddin Haqqani", "fights", "Soviet Union"),
            ("Central Intelligence Agency", "supports", "Jalaluddin Haqqani"),
        },
    ),
    # purpose clause of a passive: the recruit is the one who supports
    (
        "The Haqqani network was recruited by the ISI to support the Taliban.",
        {("Inter-Services Intelligence", "recruits", "Haqqani Network"), ("Haqqani Network", "supports", "Taliban")},
    ),
    # coordination with a reciprocal
    (
        "Al-Qaeda, the Pakistani Taliban and elements of the ISI, while battling each other, all work with "
        "the Haqqani network.",
        {
            ("al-Qaeda", "fights", "Tehrik-e-Taliban Pakistan"),
            ("al-Qaeda", "fights", "Inter-Services Intelligence"),
            ("Tehrik-e-Taliban Pakistan", "fights", "Inter-Services Intelligence"),
            ("al-Qaeda", "cooperates_with", "Haqqani Network"),
            ("Tehrik-e-Taliban Pakistan", "cooperates_with", "Haqqani Network"),
            ("Inter-Services Intelligence", "cooperates_with", "Haqqani Network"),
        },
    ),
    # possessive partitive between people
    (
        "Jalaluddin Haqqani was one of Gulbuddin Hekmatyar's commanders.",
        {("Jalaluddin Haqqani", "subordinate_of", "Gulbuddin Hekmatyar")},
    ),
    # 'its' cannot be the actor it is said of
    (
        "The ISI regards the Haqqani network as its proxy.",
        {("Haqqani Network", "proxy_of", "Inter-Services Intelligence")},
    ),
    # 'alongside', and a subject given by 'the militias headed by'
    (
        "The militias headed by Gulbuddin Hekmatyar fought US forces alongside the Taliban.",
        {("Gulbuddin Hekmatyar", "fights", "United States"), ("Gulbuddin Hekmatyar", "cooperates_with", "Taliban")},
    ),
    # a list of places
    (
        "Sirajuddin Haqqani operated in Khost, Paktia and Ghazni.",
        {("Sirajuddin Haqqani", "operates_in", p) for p in ("Khost", "Paktia", "Ghazni")},
    ),
    # partitive place noun
    ("Gulbuddin Hekmatyar operates in the tribal areas of Kunar.", {("Gulbuddin Hekmatyar", "operates_in", "Kunar")}),
    # coordinated subjects of a symmetric verb with no object relate to each other
    (
        "The Islamic Front and the Free Syrian Army work together in Aleppo.",
        {("Islamic Front", "cooperates_with", "Free Syrian Army")},
    ),
    # 'clash with', 'rivalry with', unknown acronyms
    (
        "The LTTE clashed with the TELO in 1986.",
        {("Liberation Tigers of Tamil Eelam", "fights", "Tamil Eelam Liberation Organization")},
    ),
    (
        "The ENDLF developed a rivalry with the PLOTE.",
        {("ENDLF", "fights", "People's Liberation Organisation of Tamil Eelam")},
    ),
    # givers of support, offensives, tensions between two sides, the leader of a group as target
    (
        "In the early 1980s RAW provided the LTTE with training and funds.",
        {("Research and Analysis Wing", "supports", "Liberation Tigers of Tamil Eelam")},
    ),
    (
        "The Afghan government launched a major offensive against the Taliban.",
        {("Government of Afghanistan", "fights", "Taliban")},
    ),
    (
        "Tensions between the PUK and the IMK erupted in December 1993.",
        {("Patriotic Union of Kurdistan", "fights", "Islamic Movement of Kurdistan")},
    ),
    (
        "In 2015 Al Fawj al-Awl held joint military exercises with Jabhat al-Nusra near Aleppo.",
        {("Al Fawj al-Awl", "cooperates_with", "al-Nusra Front")},
    ),
    # groups formed out of others; raised subjects of passives
    (
        "In 1980 a commander of the LTTE left LTTE to form PLOTE.",
        {("People's Liberation Organisation of Tamil Eelam", "splinter_of", "Liberation Tigers of Tamil Eelam")},
    ),
    (
        "A breakaway faction of EROS formed the EPRLF in 1980.",
        {
            (
                "Eelam People's Revolutionary Liberation Front",
                "splinter_of",
                "Eelam Revolutionary Organisation of Students",
            )
        },
    ),
    ("Jundullah was suspected to have an affiliation with al-Qaeda.", {("Jundullah", "affiliate_of", "al-Qaeda")}),
    # a based_in verb in the passive
    ("The Peshawar Shura is headquartered in Peshawar.", {("Peshawar Shura", "based_in", "Peshawar")}),
    # a person's possessive group is the family's network
    (
        "By 2010 Jalaluddin Haqqani's group in North Waziristan had grown. The Haqqani network is feared.",
        {("Jalaluddin Haqqani", "leads", "Haqqani Network"), ("Haqqani Network", "based_in", "North Waziristan")},
    ),
    # a verb the tagger read as a plural noun (narrative present tense)
    ("The Mahdi Army clashes with the Badr Organization in Basra.", {("Mahdi Army", "fights", "Badr Organization")}),
    # a splinter of an organization defined with its acronym
    (
        "In 2015 Jund al-Aqsa split from the Islamic Movement of Uzbekistan (IMU).",
        {("Jund al-Aqsa", "splinter_of", "Islamic Movement of Uzbekistan")},
    ),
    # a joint event makes allies of its authors, not enemies
    (
        "The Mahdi Army and the Badr Organization launched a joint offensive on Samarra.",
        {("Mahdi Army", "cooperates_with", "Badr Organization")},
    ),
    # "together" relates the subjects to each other, not to the object of a later phrase
    (
        "Ansar Dine and the MNLA fought together in battles with the Malian army.",
        {("Ansar Dine", "cooperates_with", "MNLA")},
    ),
    # an event noun whose participants hang on its verb; a plural definite description
    (
        "The Mahdi Army rose in Basra and the Badr Organization in Kut. Fighting broke out between the two groups.",
        {("Mahdi Army", "fights", "Badr Organization")},
    ),
    ("Hamas and Fatah fought with one another in Gaza.", {("Hamas", "fights", "Fatah")}),
    # two groups merged to form a third, none of them known to the NER
    (
        "The Al-Tawhid Islamic Front and the Second Soran Unit merged in 2001 to form the Kurdistan Islamic Group.",
        {
            ("Kurdistan Islamic Group", "merged_with", "Al-Tawhid Islamic Front"),
            ("Kurdistan Islamic Group", "merged_with", "Second Soran Unit"),
        },
    ),
    # taking ground from a group; a campaign whose purpose names the target
    (
        "Ahrar al-Sham took three villages from the Free Syrian Army.",
        {("Ahrar al-Sham", "fights", "Free Syrian Army")},
    ),
    ("Jaysh al-Islam began a campaign to crush Liwa al-Umma.", {("Jaysh al-Islam", "fights", "Liwa al-Umma")}),
    # a group's leader or fighters stand for the group; examples of a generic noun
    (
        "The Taliban claimed the killing of the Islamic State's leader in Nangarhar.",
        {("Taliban", "fights", "Islamic State")},
    ),
    (
        "Hamas joined a joint operation with several factions, including Palestinian Islamic Jihad.",
        {("Hamas", "cooperates_with", "Palestinian Islamic Jihad")},
    ),
    # "affiliated with", "broke away from", a group formed by another's rebels
    ("Liwa al-Umma was affiliated with the Free Syrian Army.", {("Liwa al-Umma", "affiliate_of", "Free Syrian Army")}),
    ("In 2014 Jund al-Aqsa broke away from Ahrar al-Sham.", {("Jund al-Aqsa", "splinter_of", "Ahrar al-Sham")}),
    (
        "In 1998 rebels from the Kurdistan Islamic Group formed the Second Soran Unit.",
        {("Second Soran Unit", "splinter_of", "Kurdistan Islamic Group")},
    ),
    # "they" of a group; "agree" between coordinated groups; "forced X out"
    (
        "The Haqqani network said that they were a wing of the Taliban.",
        {("Haqqani Network", "part_of", "Taliban")},
    ),
    (
        "In 1986 the LTTE and EROS agreed to share training camps.",
        {("Liberation Tigers of Tamil Eelam", "cooperates_with", "Eelam Revolutionary Organisation of Students")},
    ),
    ("Hezbollah forced Jabhat al-Nusra out of al-Qusayr.", {("Hezbollah", "fights", "al-Nusra Front")}),
    ("In 2009 the Taliban contracted Ansar al-Islam for attacks.", {("Taliban", "recruits", "Ansar al-Islam")}),
    (
        "Kata'ib Hezbollah said that its soldiers beheaded Islamic State fighters.",
        {("Kata'ib Hezbollah", "fights", "Islamic State")},
    ),
    # "split from Y to found Z" (the lemmatizer's "find"); the passive "Z was formed by rebels from Y"
    (
        "In 2000 Masood Azhar split from Harakat ul-Mujahideen to found Jaish-e-Mohammed.",
        {("Jaish-e-Mohammed", "splinter_of", "Harakat ul-Mujahideen")},
    ),
    (
        "The Popular Resistance Front was formed by rebels from the Second Soran Unit.",
        {("Popular Resistance Front", "splinter_of", "Second Soran Unit")},
    ),
    # absorbed into, a go-between, a vow of support, rivalry as a verb
    (
        "The Shariat Jamaat was incorporated into the Caucasus Emirate.",
        {("Shariat Jamaat", "merged_with", "Caucasus Emirate")},
    ),
    ("The IIPB served as a liaison between al-Qaeda and the Taliban.", {("IIPB", "cooperates_with", "al-Qaeda")}),
    ("The Zain Group vowed support for the Taliban.", {("Zain Group", "supports", "Taliban")}),
    ("In 1999 the NPA began to rival the ABB.", {("New People's Army", "opposes", "ABB")}),
    # more of the wordings reports use for each class
    ("In 2012 Ansar Dine joined forces with the MNLA.", {("Ansar Dine", "cooperates_with", "MNLA")}),
    ("Iran provided Hezbollah with rockets.", {("Iran", "supports", "Hezbollah")}),
    ("Al-Shabaab declared war on Hizbul Islam in 2010.", {("al-Shabaab", "fights", "Hizbul Islam")}),
    ("Jund al-Aqsa emerged from the al-Nusra Front in 2012.", {("Jund al-Aqsa", "splinter_of", "al-Nusra Front")}),
    ("In 2014 the Mahdi Army left the National Alliance.", {("Mahdi Army", "splinter_of", "National Alliance")}),
    ("Jund al-Aqsa is a breakaway faction of Ahrar al-Sham.", {("Jund al-Aqsa", "splinter_of", "Ahrar al-Sham")}),
    (
        "Liwa al-Umma operated under the umbrella of the Free Syrian Army.",
        {("Liwa al-Umma", "affiliate_of", "Free Syrian Army")},
    ),
    (
        "The Badr Organization remained loyal to the IRGC.",
        {("Badr Organization", "affiliate_of", "Islamic Revolutionary Guard Corps")},
    ),
    ("Ahrar al-Sham was hostile to the Islamic State.", {("Ahrar al-Sham", "opposes", "Islamic State")}),
    (
        "The IMU fought with the Taliban against the Northern Alliance.",
        {("Islamic Movement of Uzbekistan", "cooperates_with", "Taliban")},
    ),
    ("In 2014 Ahrar al-Sham turned against the Islamic State.", {("Ahrar al-Sham", "opposes", "Islamic State")}),
    ("The Taliban provided a safe haven to al-Qaeda.", {("Taliban", "supports", "al-Qaeda")}),
    ("Jund al-Aqsa was absorbed by Ahrar al-Sham.", {("Ahrar al-Sham", "merged_with", "Jund al-Aqsa")}),
    (
        "In 2017 Ahrar al-Sham joined with Jund al-Aqsa to form Hayat Tahrir al-Sham.",
        {
            ("Hayat Tahrir al-Sham", "merged_with", "Ahrar al-Sham"),
            ("Hayat Tahrir al-Sham", "merged_with", "Jund al-Aqsa"),
        },
    ),
    (
        "In 2013 the Blood Brigade and MUJAO merged together into a new organization called Al Murabitoun.",
        {("Movement for Oneness and Jihad in West Africa", "merged_with", "Al-Mourabitoun")},
    ),
    (
        "Hezbollah forced Jabhat al-Nusra, Liwa al-Haqq, and other insurgents out of the town.",
        {("Hezbollah", "fights", "Liwa al-Haqq")},
    ),
    (
        "Al-Shabaab is connected to al-Qaeda in the Arabian Peninsula.",
        {("al-Shabaab", "cooperates_with", "al-Qaeda in the Arabian Peninsula")},
    ),
    # a country joins a body; a body's efforts; the fight against a group
    (
        "The UK is working as part of the Coalition to degrade and defeat ISIL.",
        {("UK", "part_of", "Global Coalition against Daesh"), ("UK", "fights", "Islamic State")},
    ),
    (
        "Coalition efforts to degrade and defeat Da'esh continue.",
        {("Global Coalition against Daesh", "fights", "Islamic State")},
    ),
    ("In 2016 the Iraqi Security Forces recaptured Ramadi.", {("Iraqi Security Forces", "operates_in", "Ramadi")}),
    # a patron named in a hyphenated modifier
    ("Iran-backed Hezbollah attacked Israel.", {("Iran", "supports", "Hezbollah"), ("Hezbollah", "fights", "Israel")}),
    # "along with", "together with", "in coordination with"
    (
        "Ansar Dine, along with MUJAO, fought the MNLA.",
        {("Ansar Dine", "cooperates_with", "Movement for Oneness and Jihad in West Africa")},
    ),
    (
        "In coordination with the FSA, Ahrar al-Sham attacked the Syrian army.",
        {("Ahrar al-Sham", "cooperates_with", "Free Syrian Army")},
    ),
    # cooperation between several actors relates each pair
    (
        "Cooperation between LeJ, SSP and JeM grew.",
        {
            ("Lashkar-e-Jhangvi", "cooperates_with", "Sipah-e-Sahaba Pakistan"),
            ("Sipah-e-Sahaba Pakistan", "cooperates_with", "Jaish-e-Mohammed"),
        },
    ),
    # the other side of a fight is where the fight is; a place taken is where its taker is
    (
        "The coalition conducted strikes against ISIL in Mosul and Raqqa.",
        {("Islamic State", "operates_in", "Mosul"), ("Islamic State", "operates_in", "Raqqa")},
    ),
    ("The Tharthar Barrage was captured by the Islamic State.", {("Islamic State", "operates_in", "Tharthar Barrage")}),
    # a body that includes others
    (
        "The Islamic Front included Ahrar al-Sham and Liwa al-Tawhid.",
        {("Ahrar al-Sham", "part_of", "Islamic Front"), ("Liwa al-Tawhid", "part_of", "Islamic Front")},
    ),
    # a place held by someone, and travel to a place
    ("Fighters fled to ISIL-held Raqqa.", {("Islamic State", "operates_in", "Raqqa")}),
    ("Tony Blinken will travel to Paris for the meeting.", {("Tony Blinken", "operates_in", "Paris")}),
    # weapons used against someone, fire opened on someone
    (
        "The Asad regime used chemical weapons against the Syrian people.",
        {("Syrian government", "fights", "Syrian people")},
    ),
    ("ISIL fighters fired on Iraqi forces near the hospital.", {("Islamic State", "fights", "Iraqi forces")}),
    # an acronym that spells a word is still a name
    ("Kata'ib Sayyid al-Shuhada has fought IS in Iraq.", {("Kata'ib Sayyid al-Shuhada", "fights", "Islamic State")}),
    # nouns of merger, rivalry and subordinate bodies; a front group; an umbrella named before its noun
    ("Tigers Front announced its merger with the Northern Army.", {("Tigers Front", "merged_with", "Northern Army")}),
    ("The Tigers Front and the Northern Army are competitors.", {("Tigers Front", "opposes", "Northern Army")}),
    ("The Northern Army operates as a subgroup of the Tigers Front.", {("Northern Army", "part_of", "Tigers Front")}),
    ("The Tigers Front is a front group for the Northern Army.", {("Tigers Front", "proxy_of", "Northern Army")}),
    ("The Tigers Front falls under the Northern Army umbrella.", {("Tigers Front", "affiliate_of", "Northern Army")}),
    ("Tigers Front has a tense relationship with the Northern Army.", {("Tigers Front", "opposes", "Northern Army")}),
    # a noun said to be an actor stands for it in its relative clause
    (
        "The Tigers Front is an umbrella organization that includes the Northern Army.",
        {("Northern Army", "part_of", "Tigers Front")},
    ),
    # a noun inside the verb's phrase takes the verb's partner; orders taken are no fight
    ("The Tigers Front went to war with the Northern Army in 2016.", {("Tigers Front", "fights", "Northern Army")}),
    ("The Tigers Front took orders from the Northern Army.", {("Tigers Front", "affiliate_of", "Northern Army")}),
    ("John Baxter took orders from Peter Hale.", {("John Baxter", "subordinate_of", "Peter Hale")}),
    ("The Tigers Front was expelled from the Northern Army.", {("Tigers Front", "splinter_of", "Northern Army")}),
    # a branch stands for its group; a noun's named apposition is what the noun is said of
    (
        "A branch of the Tigers Front declared allegiance to the Northern Army.",
        {("Tigers Front", "affiliate_of", "Northern Army")},
    ),
    ("Northern Army announced its new affiliate, Tigers Front.", {("Tigers Front", "affiliate_of", "Northern Army")}),
    # a group formed from another; a name the NER read as a place, though its last word names a body
    (
        "The Tigers Front was formed from the remnants of the Northern Army.",
        {("Tigers Front", "splinter_of", "Northern Army")},
    ),
    ("The Tigers Front merged into the Eastern Alliance.", {("Tigers Front", "merged_with", "Eastern Alliance")}),
    # pacts and treaties are negotiated; a role said of a passive's subject
    ("The Tigers Front and the Northern Army signed a pact.", {("Tigers Front", "negotiates_with", "Northern Army")}),
    ("Tigers Front is widely seen as a proxy of the Northern Army.", {("Tigers Front", "proxy_of", "Northern Army")}),
    # a name before the noun stands where a possessor would ("a Y affiliate" is "Y's affiliate")
    ("The Tigers Front is a Northern Army affiliate.", {("Tigers Front", "affiliate_of", "Northern Army")}),
    ("Tigers Front, a Northern Army splinter group, formed.", {("Tigers Front", "splinter_of", "Northern Army")}),
    # an associate works with whom he is the associate of
    ("Amar Kell was a known associate of Peter Hale.", {("Amar Kell", "cooperates_with", "Peter Hale")}),
    # a body's activities and operations stand for the body
    ("Amar Kell leads the day-to-day activities of the Tigers Front.", {("Amar Kell", "leads", "Tigers Front")}),
    # a body's faction, named by the body before it, stands for the body
    (
        "The Tigers Front faction led by commander Amar Kell fought the Northern Army.",
        {("Amar Kell", "leads", "Tigers Front"), ("Tigers Front", "fights", "Northern Army")},
    ),
    # a body that governs a territory is based there; ruling out is no ruling
    ("The Tigers Front, which rules the Gaza Strip, grew.", {("Tigers Front", "based_in", "Gaza Strip")}),
    # ... and a nationality stands for its state ("an Iranian proxy" is a proxy of Iran)
    ("The Tigers Front, an Iranian proxy, attacked the town.", {("Tigers Front", "proxy_of", "Iran")}),
    ("The Tigers Front is a close Syrian ally.", {("Tigers Front", "cooperates_with", "Syria")}),
    # "one of several groups that ..." is the subject it is said of
    (
        "The Tigers Front was one of several groups that formed the Northern Army in 2011.",
        {("Tigers Front", "founded", "Northern Army")},
    ),
    ("The Tigers Front sought to undermine the Northern Army.", {("Tigers Front", "opposes", "Northern Army")}),
    # the subject of a passive inside a raising verb, and of a clause after a preposition
    ("Tigers Front is believed to be funded by the Northern Army.", {("Northern Army", "supports", "Tigers Front")}),
    (
        "The Tigers Front has been accused of collaborating with the Northern Army.",
        {("Tigers Front", "cooperates_with", "Northern Army")},
    ),
    # who claims responsibility for a deed does it; a thing run or held by a group stands for it
    (
        "The Tigers Front claimed responsibility for killing the leader of the Northern Army.",
        {("Tigers Front", "fights", "Northern Army")},
    ),
    ("The Tigers Front attacked a camp run by the Northern Army.", {("Tigers Front", "fights", "Northern Army")}),
    ("The Tigers Front stormed a town held by the Northern Army.", {("Tigers Front", "fights", "Northern Army")}),
    ("The Tigers Front shelled Northern Army-held villages.", {("Tigers Front", "fights", "Northern Army")}),
    # a view held of someone: the viewer is the other side
    (
        "The Tigers Front considered the Northern Army to be an enemy of the state.",
        {("Northern Army", "opposes", "Tigers Front")},
    ),
    ("The Tigers Front regarded the Northern Army as a threat.", {("Northern Army", "opposes", "Tigers Front")}),
    ("The Tigers Front considered the Northern Army an ally.", {("Northern Army", "cooperates_with", "Tigers Front")}),
    # a verb the tagger read as a plural noun; help given to the subject of a complement
    ("The ENDLF splinters from the PLOTE in 1990.", {("ENDLF", "splinter_of", PLOTE)}),
    (
        "The Tigers Front merges with the Northern Army to create a new group.",
        {("Tigers Front", "merged_with", "Northern Army")},
    ),
    (
        "The Tigers Front helped the Northern Army escape from the city.",
        {("Tigers Front", "supports", "Northern Army")},
    ),
    # retaliation, revenge, captures and arrests, bans
    ("The Northern Army banned the Tigers Front in 2001.", {("Northern Army", "opposes", "Tigers Front")}),
    ("The Tigers Front retaliated against the Northern Army.", {("Tigers Front", "fights", "Northern Army")}),
    ("The Tigers Front vowed revenge against the Northern Army.", {("Tigers Front", "opposes", "Northern Army")}),
    ("The Tigers Front captured dozens of Northern Army fighters.", {("Tigers Front", "fights", "Northern Army")}),
    # deeds done together, resources shared, a front against a third, a membership for a deed
    (
        "The Tigers Front and the Northern Army jointly claimed the attack.",
        {("Tigers Front", "cooperates_with", "Northern Army")},
    ),
    (
        "The Tigers Front and the Northern Army exchanged fighters and weapons.",
        {("Tigers Front", "cooperates_with", "Northern Army")},
    ),
    (
        "The Tigers Front and the Northern Army united against the government.",
        {("Tigers Front", "cooperates_with", "Northern Army")},
    ),
    (
        "The Tigers Front trained with the Northern Army in camps in the south.",
        {("Tigers Front", "cooperates_with", "Northern Army")},
    ),
    # lineage through "out of", allegiance sworn (the tagger may read "swore" as an adjective),
    # the members of a coalition
    ("The Tigers Front grew out of the Northern Army.", {("Tigers Front", "splinter_of", "Northern Army")}),
    (
        "The Tigers Front swore allegiance to the Northern Army in 2014.",
        {("Tigers Front", "affiliate_of", "Northern Army")},
    ),
    (
        "The Tigers Front is a coalition of groups including the Northern Army.",
        {("Northern Army", "part_of", "Tigers Front")},
    ),
    # a province declared or designated (a body's name after "a province of" stays a body), a body under another
    (
        "The Tigers Front declared itself a province of the Northern Army.",
        {("Tigers Front", "affiliate_of", "Northern Army")},
    ),
    (
        "The Tigers Front was designated a wilayat of the Northern Army.",
        {("Tigers Front", "affiliate_of", "Northern Army")},
    ),
    ("The Tigers Front is subordinate to the Northern Army.", {("Tigers Front", "part_of", "Northern Army")}),
    # a relationship said to be tense or close; a cover name
    (
        "Relations between the Tigers Front and the Northern Army were tense.",
        {("Tigers Front", "opposes", "Northern Army")},
    ),
    (
        "Relations between the Tigers Front and the Northern Army remained close.",
        {("Tigers Front", "cooperates_with", "Northern Army")},
    ),
    (
        "The Tigers Front was a cover name for members of the Northern Army.",
        {("Tigers Front", "proxy_of", "Northern Army")},
    ),
    # the parties to an event placed somewhere are there
    (
        "The campaign against the Tigers Front is progressing in Iraq and Syria.",
        {("Tigers Front", "operates_in", "Iraq"), ("Tigers Front", "operates_in", "Syria")},
    ),
    ("The last meeting of the Northern Council took place in Geneva.", {("Northern Council", "operates_in", "Geneva")}),
    # support said many ways: a source of funding, reliance, a backer's possessive, arms supplied,
    # a passive shared by two verbs, sanctuary given in the passive
    (
        "The Northern Army is the Tigers Front's main source of funding.",
        {("Northern Army", "supports", "Tigers Front")},
    ),
    ("The Tigers Front relies on the Northern Army for weapons.", {("Northern Army", "supports", "Tigers Front")}),
    ("The Northern Army's support for the Tigers Front has grown.", {("Northern Army", "supports", "Tigers Front")}),
    ("The Northern Army supplied arms to the Tigers Front.", {("Northern Army", "supports", "Tigers Front")}),
    ("The Tigers Front was armed and trained by the Northern Army.", {("Northern Army", "supports", "Tigers Front")}),
    ("The Tigers Front was given sanctuary by the Northern Army.", {("Northern Army", "supports", "Tigers Front")}),
    # a collective said to belong to a group acts as the group
    (
        "Fighters loyal to the Tigers Front attacked the Northern Army.",
        {("Tigers Front", "fights", "Northern Army")},
    ),
    # a founder, also beside another title that shares the "of" phrase
    (
        "Omar Saleh, a Jordanian citizen and the founder of the Tigers Front, was arrested.",
        {("Omar Saleh", "founded", "Tigers Front")},
    ),
    (
        "Omar Saleh is the founder and leader of the Tigers Front.",
        {("Omar Saleh", "founded", "Tigers Front"), ("Omar Saleh", "leads", "Tigers Front")},
    ),
    # a participle opening the sentence is said of the clause's subject
    (
        "Based in Syria, the Tigers Front receives money from Qatar.",
        {("Tigers Front", "based_in", "Syria"), ("Qatar", "supports", "Tigers Front")},
    ),
    (
        "Founded in 1990 by Omar Saleh, the Tigers Front attacked police stations.",
        {("Omar Saleh", "founded", "Tigers Front")},
    ),
    ("Formed in 1990 and led by Omar Saleh, the Tigers Front grew quickly.", {("Omar Saleh", "leads", "Tigers Front")}),
    # a relationship had or mended; leadership under which a group acts; opposition to someone
    (
        "The Tigers Front has a relationship with al-Qaeda and the Northern Army.",
        {("Tigers Front", "cooperates_with", "al-Qaeda"), ("Tigers Front", "cooperates_with", "Northern Army")},
    ),
    (
        "In 2014 the Tigers Front repaired its relationship with the Northern Army.",
        {("Tigers Front", "cooperates_with", "Northern Army")},
    ),
    ("Under the leadership of Omar Saleh, the Tigers Front grew quickly.", {("Omar Saleh", "leads", "Tigers Front")}),
    (
        "The Tigers Front's opposition to the Northern Army hardened in 2015.",
        {("Tigers Front", "opposes", "Northern Army")},
    ),
    ("Omar Saleh oversaw the Tigers Front until 2012.", {("Omar Saleh", "leads", "Tigers Front")}),
    ("The Tigers Front rebelled against the Northern Army in 2023.", {("Tigers Front", "fights", "Northern Army")}),
    # an aim to overthrow; a people's aims stand for it, a government for its country
    (
        "The Tigers Front's goal is to overthrow the Uzbek government.",
        {("Tigers Front", "opposes", "Uzbek government")},
    ),
    ("The Tigers Front seeks to overthrow the government of Mali.", {("Tigers Front", "opposes", "Mali")}),
    # a strike's owner fights whom it killed
    ("Omar Saleh was killed in a US drone strike in 2020.", {("United States", "fights", "Omar Saleh")}),
    # a gerund the parser hangs on a preposition; a passive's subject shared by its conjunct
    (
        "Since 2001 the Tigers Front has focused on fighting in Afghanistan.",
        {("Tigers Front", "operates_in", "Afghanistan")},
    ),
    (
        "The Tigers Front was formed in 2014 and has fought in nearly every battle against the Northern Army.",
        {("Tigers Front", "fights", "Northern Army")},
    ),
    # a side set against another, by its name or by whom aids it
    (
        "Iran aided the Tigers Front against the Northern Army.",
        {("Iran", "supports", "Tigers Front"), ("Tigers Front", "fights", "Northern Army")},
    ),
    (
        "Iran supplied weapons to the Tigers Front insurgents against the Northern Army.",
        {("Tigers Front", "fights", "Northern Army")},
    ),
    # a role said the other way round, with "be": the name after it holds the role
    (
        "The armed wing of the Northern Army is the Tigers Front. The leader of the Tigers Front is Musa Kalani.",
        {("Tigers Front", "part_of", "Northern Army"), ("Musa Kalani", "leads", "Tigers Front")},
    ),
    # one who takes another's place in a role holds it; a body called a person's is his
    (
        "Musa Kalani succeeded Omar Farah as leader of the Tigers Front. Iran armed Ali Barre's Northern Army.",
        {("Musa Kalani", "leads", "Tigers Front"), ("Ali Barre", "leads", "Northern Army")},
    ),
    # the means a clause names is its subject's doing; a target named by a name inside its name
    (
        "The Tigers Front expanded its reach by attempting a rocket attack on a Northern Army supply convoy.",
        {("Tigers Front", "fights", "Northern Army")},
    ),
    # the heads of councils, parties and agencies by their titles
    (
        "Amina Farah, the chairwoman of the Tigers Front, met Musa Kalani, the director of the Northern Army.",
        {("Amina Farah", "leads", "Tigers Front"), ("Musa Kalani", "leads", "Northern Army")},
    ),
    # who claims an attempt claims its purpose
    (
        "The Tigers Front claimed responsibility for the 2009 attempt to assassinate Musa Kalani.",
        {("Tigers Front", "fights", "Musa Kalani")},
    ),
    # where a group was founded is its base
    (
        "The Tigers Front was established in 2001 in Kandahar. Musa Kalani formed the Northern Army in Kunduz.",
        {("Tigers Front", "based_in", "Kandahar"), ("Northern Army", "based_in", "Kunduz")},
    ),
    # a noun whose list "include" gives: the listed names hold it
    (
        "The Tigers Front's allies include the Northern Army and the Eastern Brigade.",
        {("Northern Army", "cooperates_with", "Tigers Front"), ("Eastern Brigade", "cooperates_with", "Tigers Front")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_extracts_claims(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(text)


def test_pronoun_points_back_to_the_last_person() -> None:
    text = "Jalaluddin Haqqani was a commander in Paktia. Later he joined the Taliban."
    assert ("Jalaluddin Haqqani", "member_of", "Taliban") in triples(text)


def test_a_pronoun_prefers_the_last_sentences_subject() -> None:
    text = "After 2001 Hizb-i-Islami fought US forces alongside the Taliban. Its fighters operated in Kunar."
    found = triples(text)
    assert ("Hizb-i-Islami", "operates_in", "Kunar") in found
    assert ("Taliban", "operates_in", "Kunar") not in found


def test_ruling_out_a_place_is_no_base_there() -> None:
    assert not triples("The Tigers Front has ruled out Kabul as a venue.")


def test_names_listed_after_a_singular_noun_are_only_a_guess_at_its_apposition() -> None:
    text = "The Western Branch of the Northern Army, the Tigers Front, and the Eastern Alliance came together."
    assert all(c.confidence < 0.7 for c in extract(text).claims if c.predicate == "part_of")
    apposed = "The Tigers Front, a branch of the Northern Army, grew."
    assert ("Tigers Front", "part_of", "Northern Army") in triples(apposed)


def test_a_noun_that_names_its_actor_is_that_actor_not_its_modifiers() -> None:
    found = triples("Amar Kell is the founder of the UN-designated terrorist group Tigers Front.")
    assert ("Amar Kell", "founded", "Tigers Front") in found
    assert not any(o == "UN" for _, _, o in found)


def test_a_recipient_of_training_is_not_its_giver() -> None:
    found = triples("Osama bin Laden was recruited by Jalaluddin Haqqani, and he received training there.")
    assert not any(p == "supports" for _, p, _ in found)


def test_actors_named_together_as_takers_or_after_anti_are_not_fighting_each_other() -> None:
    found = triples(
        "Prime Minister Abadi and his government retook the city. "
        "Al-Zarqawi, the leader of anti-coalition forces, fled. Iraqis unite against ISIL."
    )
    assert not any(p in ("fights", "leads", "merged_with") for _, p, _ in found)


def test_a_plain_with_is_no_alliance() -> None:
    found = triples("Hamas fought with Fatah in Gaza.")
    assert ("Hamas", "fights", "Fatah") in found and not any(p == "cooperates_with" for _, p, _ in found)


def test_fighting_with_one_side_against_another() -> None:
    found = triples("AAH has been fighting with the Iraqi government against the Islamic State since 2014.")
    assert ("Asa'ib Ahl al-Haq", "cooperates_with", "Government of Iraq") in found
    assert ("Asa'ib Ahl al-Haq", "fights", "Government of Iraq") not in found


def test_a_joint_event_is_not_a_fight_between_its_authors() -> None:
    found = triples("The Mahdi Army and the Badr Organization launched a joint offensive on Samarra.")
    assert not any(p == "fights" for _, p, _ in found)


def test_a_country_acts_as_a_state_in_alliance_and_enmity_but_not_in_a_hierarchy() -> None:
    found = triples("Pakistan backed the Taliban. The Peshawar Shura is based in Pakistan's frontier province.")
    assert ("Pakistan", "supports", "Taliban") in found
    assert not any(o == "Pakistan" and p in ("affiliate_of", "part_of") for _, p, o in found)


def test_a_breakaway_faction_is_not_part_of_its_origin() -> None:
    found = triples("Jund al-Aqsa is a breakaway faction of Ahrar al-Sham.")
    assert not any(p == "part_of" for _, p, _ in found)


def test_joining_forces_is_not_membership() -> None:
    assert not any(p == "member_of" for _, p, _ in triples("In 2012 Ansar Dine joined forces with the MNLA."))


def test_a_hostile_relationship_is_not_an_alliance() -> None:
    found = triples("Fatah has had a hostile relationship with Hamas since 2007.")
    assert ("Fatah", "fights", "Hamas") in found and not any(p == "cooperates_with" for _, p, _ in found)


def test_negated_statement_is_kept_as_negated_evidence_only() -> None:
    x = extract("Gulbuddin Hekmatyar did not fight the Taliban.")
    fights = [c for c in x.claims if c.predicate == "fights"]
    assert fights and all(c.negated for c in fights)


def test_refused_or_severed_ties_are_negated() -> None:
    for text in (
        "The Tigers Front refused to cooperate with the Northern Army.",
        "The Tigers Front broke ties with the Northern Army.",
    ):
        allied = [c for c in extract(text).claims if c.predicate == "cooperates_with"]
        assert allied and all(c.negated for c in allied), text


def test_a_relationship_is_an_alliance_only_when_it_is_said_to_be_close() -> None:
    soured = triples("Relations between the Tigers Front and the Northern Army soured in 2016.")
    assert not any(p == "cooperates_with" for _, p, _ in soured)
    close = triples("The Tigers Front has close relations with the Northern Army.")
    assert ("Tigers Front", "cooperates_with", "Northern Army") in close
    tense = triples("The Tigers Front has a tense relationship with the Northern Army.")
    assert ("Tigers Front", "opposes", "Northern Army") in tense
    assert not any(p == "cooperates_with" for _, p, _ in tense)


def test_former_members_do_not_act_for_their_old_group() -> None:
    for text in (
        "The Tigers Front was established by a former Northern Army commander.",
        "Dissatisfied members of the Northern Army formed the Tigers Front in 2004.",
    ):
        found = triples(text)
        assert ("Northern Army", "founded", "Tigers Front") not in found, text
        assert ("Tigers Front", "splinter_of", "Northern Army") in found, text


def test_a_town_named_as_such_is_a_place_held_not_an_enemy() -> None:
    found = triples("The Tigers Front attacked the town of Dera, controlled by the Northern Army.")
    assert ("Tigers Front", "fights", "Northern Army") in found
    assert not any(p == "fights" and "Dera" in o for _, p, o in found)


def test_the_possessor_of_an_event_noun_is_its_agent() -> None:
    found = triples("The Tigers Front has publicly condemned the Northern Army's attacks on the Eastern Alliance.")
    assert ("Northern Army", "fights", "Eastern Alliance") in found
    assert ("Tigers Front", "fights", "Eastern Alliance") not in found


def test_a_deed_possessed_by_its_victim_is_done_by_another() -> None:
    assert ("Tigers Front", "fights", "John Baxter") in triples(
        "John Baxter's assassination by the Tigers Front shocked the region."
    )
    assert ("Taliban", "fights", "John Baxter") in triples("The Taliban's killing of John Baxter angered the army.")
    assert ("Tigers Front", "fights", "John Baxter") in triples(
        "The Tigers Front carried out John Baxter's assassination."
    )


def test_support_a_group_lost_is_not_given_by_another() -> None:
    text = "The Tigers Front and the Northern Army ruled the city until 2013, when the Tigers Front lost its support."
    assert not any(p == "supports" for _, p, _ in triples(text))


def test_links_denied_are_negated() -> None:
    denied = extract("A Tigers Front spokesman denied any links to the Northern Army.")
    assert [c.negated for c in denied.claims if c.predicate == "cooperates_with"] == [True]


def test_what_an_apposition_says_a_group_is_does_not_act_with_it() -> None:
    found = triples("The Tigers Front, an offshoot of the Northern Army, attacked the Eastern Alliance.")
    assert ("Tigers Front", "fights", "Eastern Alliance") in found
    assert ("Northern Army", "fights", "Eastern Alliance") not in found


def test_groups_that_fight_together_do_not_fight_each_other() -> None:
    found = triples("The Tigers Front and the Northern Army now fight together against the government.")
    assert ("Tigers Front", "cooperates_with", "Northern Army") in found
    assert ("Tigers Front", "fights", "Northern Army") not in found


def test_they_after_two_joined_subjects_is_both() -> None:
    text = "While the Tigers Front and the Northern Army share an ideology, they have competed for influence."
    assert ("Tigers Front", "opposes", "Northern Army") in triples(text)
    joined = triples(
        "In 2013 the Tigers Front and the Northern Army allied when they helped to found the Southern Union."
    )
    assert {("Tigers Front", "founded", "Southern Union"), ("Northern Army", "founded", "Southern Union")} <= joined


def test_a_topic_carried_by_references_outranks_names_said_about_it() -> None:
    text = (
        "The Tigers Front emerged in 2006. The group pledged allegiance to the Northern Army in 2012 and has since "
        "fought the Eastern Alliance and the Western Union. In 2010 it absorbed the Southern Union."
    )
    found = triples(text)
    assert ("Tigers Front", "merged_with", "Southern Union") in found
    assert ("Western Union", "merged_with", "Southern Union") not in found
    two = triples(
        "The Tigers Front emerged in 2006. Its fighters have attacked the Eastern Alliance and the Western Union. "
        "Some of them defected to the Southern Union in 2015, and the two groups have clashed since then."
    )
    assert ("Tigers Front", "fights", "Southern Union") in two
    assert ("Western Union", "fights", "Southern Union") not in two


def test_a_collective_in_apposition_describes_the_names_it_follows() -> None:
    text = (
        "The Tigers Front and the Northern Army, the country's two largest guerrilla groups, were often rivals, "
        "and their fighters clashed in the north."
    )
    found = triples(text)
    assert ("Tigers Front", "fights", "Northern Army") in found
    assert not any("guerrilla" in s or "guerrilla" in o for s, _, o in found)


def test_collectives_belonging_to_a_group_are_not_actors_of_their_own() -> None:
    found = triples("Militants belonging to the Tigers Front attacked the Northern Army.")
    assert found == {("Tigers Front", "fights", "Northern Army")}


def test_a_party_listed_beside_a_name_is_said_of_nobody() -> None:
    found = triples("The Tigers Front attacked the Northern Army and its allies.")
    assert found == {("Tigers Front", "fights", "Northern Army")}


def test_a_captured_town_is_no_enemy() -> None:
    found = triples("The Tigers Front captured the Mosul Dam and the town of Sinjar.")
    assert not any(p == "fights" for _, p, _ in found)


def test_joining_a_group_in_a_deed_is_an_alliance_not_a_membership() -> None:
    for text in (
        "The Tigers Front joined the Northern Army in attacking the police.",
        "The Tigers Front joined the Northern Army in attacks on the police.",
        "Tigers Front fighters joined Northern Army fighters fighting the police near the river.",
    ):
        found = triples(text)
        assert ("Tigers Front", "cooperates_with", "Northern Army") in found, text
        assert ("Tigers Front", "member_of", "Northern Army") not in found, text
    assert ("Tigers Front", "member_of", "Northern Army") in triples(
        "The Tigers Front joined the Northern Army in 2004."
    )


def test_orders_taken_from_someone_are_no_fight() -> None:
    assert not any(p == "fights" for _, p, _ in triples("The Tigers Front took orders from the Northern Army."))


def test_an_accusation_is_alleged_and_attributed_to_the_accuser() -> None:
    accused = extract("The Eastern Alliance accuses the Northern Army of sheltering Tigers Front leaders.")
    sheltered = [c for c in accused.claims if c.predicate == "supports"]
    assert [(c.hedge, c.attributed_to) for c in sheltered] == [("alleged", "The Eastern Alliance")]


def test_hedges_and_attribution() -> None:
    reported = extract("Reportedly, the Haqqani network is closely linked to al-Qaeda.")
    assert {c.hedge for c in reported.claims} == {"reported"}
    said = extract("US officials say that the ISI funds the Taliban.")
    funded = [c for c in said.claims if c.predicate == "supports"]
    assert funded and funded[0].hedge == "attributed" and "officials" in (funded[0].attributed_to or "")
    rumour = extract("Unconfirmed reports suggest that Ansar al-Islam has fought the Islamic State.")
    assert {(c.hedge, c.attributed_to) for c in rumour.claims} == {("alleged", "Unconfirmed reports")}


def test_every_claim_carries_its_provenance() -> None:
    text = "In the 1980s Jalaluddin Haqqani fought against Soviet forces."
    x = extract(text, date="2016-05-25")
    [claim] = [c for c in x.claims if c.predicate == "fights"]
    assert claim.extractor == "linkchart.relations.patterns.v1" and 0 < claim.confidence <= 1
    assert text[claim.start : claim.end].startswith("Jalaluddin") and text[claim.start : claim.end].endswith("forces")
    assert (claim.time.start, claim.time.end, claim.time.precision) == ("1980", "1989", "decade")
    assert {e.role for e in claim.evidence} == {"trigger", "subject", "object", "sentence"}
    for span in claim.evidence:
        assert text[span.start : span.end] == span.text


def test_no_claim_between_an_actor_and_itself() -> None:
    x = extract("The Taliban and the Afghan Taliban work with each other.")
    assert all(c.subject != c.object for c in x.claims)


def test_counted_members_are_those_people_not_the_clause_s_subject() -> None:
    found = triples("Attorney General Amar Kell today announced the arrest of four members of the Tigers Front.")
    assert not any(p in ("member_of", "leads") and s == "Amar Kell" for s, p, _ in found)
    assert ("Amar Kell", "member_of", "Tigers Front") in triples("Amar Kell was a member of the Tigers Front.")


def test_a_reward_offered_for_information_on_a_group_is_no_support() -> None:
    found = triples("The Northern Army is offering rewards for information on the leaders of the Tigers Front.")
    assert not any(p == "supports" for _, p, _ in found)
    assert ("Northern Army", "supports", "Tigers Front") in triples(
        "The Northern Army offered weapons to the Tigers Front."
    )


def test_a_deputy_or_a_region_s_commander_is_a_member_not_the_leader() -> None:
    found = triples("The Tigers Front's deputy leader, Amar Kell, survived. The group's leader, Joram Vesk, spoke.")
    assert ("Amar Kell", "member_of", "Tigers Front") in found
    assert ("Amar Kell", "leads", "Tigers Front") not in found
    assert ("Joram Vesk", "leads", "Tigers Front") in found


def test_a_places_kind_in_its_name_triggers_nothing() -> None:
    found = triples("Since 2014 the Tigers Front has operated in the DRC's North Kivu province near Uganda.")
    assert ("Tigers Front", "operates_in", "North Kivu province") in found
    assert not any(p == "affiliate_of" for _, p, _ in found)


def test_a_base_an_attack_is_on_is_the_targets_not_the_attackers() -> None:
    for text in (
        "The Tigers Front carried out an attack on a base in Gao.",
        "The Tigers Front attacked a base in Gao.",
    ):
        assert ("Tigers Front", "based_in", "Gao") not in triples(text)
    assert ("Tigers Front", "based_in", "Gao") in triples("The Tigers Front has a stronghold in Gao.")


def test_its_in_a_clause_whose_subject_is_a_country_is_the_countrys() -> None:
    found = triples(
        "A State Department report said Iran arms the Tigers Front. Since 2023 Iran has increased its funding "
        "for the Red Hand Brigade."
    )
    assert ("Iran", "supports", "Red Hand Brigade") in found
    assert not any(s != "Iran" and o == "Red Hand Brigade" for s, _, o in found)


def test_a_president_king_or_prime_minister_leads_the_body_or_state_he_heads() -> None:
    found = triples(
        "Amar Kell, the president of the Tigers Front, was sanctioned. Hamas leader Ismail Haniyeh met the Supreme "
        "Leader of Iran, Ali Khamenei. Haider al-Abadi, Prime Minister of Iraq from 2014 to 2018, praised the PMF. "
        "The vice president of Syria stayed away."
    )
    assert {
        ("Amar Kell", "leads", "Tigers Front"),
        ("Ali Khamenei", "leads", "Iran"),
        ("Haider al-Abadi", "leads", "Iraq"),
    } <= found
    assert not any(o == "Syria" for _, p, o in found if p == "leads")


def test_against_on_a_thing_sets_no_side() -> None:
    assert not any(p == "fights" for _, p, _ in triples("Sanctions against Iran were lifted in 2016."))
