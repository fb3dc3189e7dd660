/** Vocabulary of English-language personal names. */

/**
 * Common given names (US and UK, plus some widespread international ones). Names that are also everyday words
 * (Will, May, June, Grace, Hope, Bill, Mark ...) are left out: here a given name followed by a capitalised word is
 * reported without other context.
 */
export const EN_GIVEN_NAMES = (
  'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Donald ' +
  'Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary ' +
  'Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Raymond Jack ' +
  'Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter Christian ' +
  'Keith Roger Terry Sean Gerald Carl Harold Dylan Arthur Lawrence Jesse Bryan Billy Bruce Gabriel Joe Logan Alan ' +
  'Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph Bobby Russell Bradley Philip Eugene Louis Harry ' +
  'Howard Liam Oliver Lucas Aiden Sebastian Owen Carter Luke Isaac Caleb Connor Evan Cameron Ian Adrian Jeremiah ' +
  'Leo Nolan Colin Marcus Derek Travis Shane Craig Todd Chad Troy Brett Dustin Cody Corey Jared Seth Marc Victor ' +
  'Martin Frank Fred Frederick Jim Jimmy Tom Tommy Mike Dave Chris Matt Steve Dan Danny Andy Tony Nick Ben Sam Alex ' +
  'Max Jake Josh Tim Greg Ken Ron Ted Rick Ricky Rob Bob Charlie Mario Carlos Luis Miguel Pedro Diego Antonio Manuel ' +
  'Francisco Javier Rafael Fernando Ricardo Eduardo Alejandro Roberto Sergio Andres Pablo Ivan Dmitri Sergei ' +
  'Vladimir Hans Klaus Pierre Jacques Francois Marco Giovanni Luca Paolo Ahmed Mohamed Mohammed Muhammad Ali Omar ' +
  'Hassan Rahul Raj Amit Arjun Vikram Hiroshi Takeshi Kenji Elliot Julian Jasper Miles Theo Theodore Felix Oscar ' +
  'Hugo Simon Graham Neil Stuart Gordon Ross Duncan Malcolm Glen Glenn Dean Lee Phil Phillip Jon Johnny Stanley ' +
  'Leonard Clarence Earl Ernest Francis Herbert Lloyd Norman Warren Vernon Dale Curtis Allen Gene Bernard Barry ' +
  'Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley ' +
  'Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia ' +
  'Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel ' +
  'Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Victoria Kelly Lauren Christina Joan Evelyn ' +
  'Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Anne Sara Madison Frances Kathryn Janice ' +
  'Jean Abigail Alice Judy Sophia Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie ' +
  'Brittany Charlotte Marie Kayla Alexis Lori Ava Mia Chloe Zoe Lily Natasha Nina Vanessa Monica Erica Erin Tiffany ' +
  'Crystal Jasmine Alicia Tracy Tina Wendy Veronica Valerie Stacy Holly Leah Caroline Claire Lucy Sophie Ellie Jane ' +
  'Joanna Julia Juliet Kate Katie Kathy Kim Lucia Mandy Molly Naomi Paula Rita Rosa Sally Susie Tara Tammy Vera ' +
  'Wanda Yvonne Elena Anastasia Olga Ingrid Fatima Aisha Priya Ananya Sakura Amelia Avery Scarlett Aria Layla Riley ' +
  'Nora Hazel Stella Violet Eleanor Savannah Audrey Bella Skylar Allison Maya Madeline Alexa Ariana Gabriella Sadie ' +
  'Hailey Eva Emilia Quinn Piper Cora Lydia Aubrey Peyton Melanie Isabelle Valentina Clara Vivian Mackenzie ' +
  'Josephine Ivy Jade Kylie Annabelle Alexandra Brianna Bailey Alyssa Eliza Ariel Melody Alina Emilie Bethany ' +
  'Fiona Gemma Harriet Imogen Jenny Jill Joanne Karen Kirsty Leslie Lorraine Louise Lynn Marion Maureen Nicola ' +
  'Pauline Rachael Rebekah Samara Shannon Sheila Sonia Stacey Suzanne Sylvia Tanya Tracey Ursula Yolanda Zara'
).split(' ');

/** Words that end the name of a place or organisation ("Paul Revere Elementary School", "Jackson Street"). */
export const EN_PLACE_WORDS = new Set(
  (
    'Street Avenue Road Lane Drive Boulevard Court Way Place Square Bridge River Lake Mountain City ' +
    'County State University College School Academy Hospital Clinic Bank Airport Station Hotel Church Foundation ' +
    'Institute Museum Library Center Centre Hall Group Company Inc Ltd LLC Corp Co Associates Partners Holdings ' +
    'Industries Technologies Systems Award Prize Day Act Law Stadium Arena Theater Theatre Building Tower ' +
    'Banco Banca Caja Casa Grupo Sistema Sociedad Financiera Fundación Instituto Universidad'
  ).split(' '),
);

/** Capitalised words that follow a given name without being a surname ("Jack Daniels" stays, "Jack The" does not). */
export const EN_NOT_SURNAMES = new Set([
  ...EN_PLACE_WORDS,
  ...(
    'The A An And Or But Of In On At To For With From By Is Are Was Were Be Been Has Have Had Will Can Could Would ' +
    'Should May Might Must Do Does Did Said Says Told Asked Wrote If When While As So Not No Yes All Any This That ' +
    'These Those It Its He She They We You I My Your His Her Our Their Team Support Services Department Monday ' +
    'Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September ' +
    'October November December Phone Tel Email Mobile Address Date Account Card Number ID Name Dear Hi Hello Thanks ' +
    'DOB SSN MRN Age Sex Gender ' +
    'Regards Best Sincerely Cheers World'
  ).split(' '),
]);

/** Words that look like a name after a greeting or label but are not one ("Dear Customer", "Name: Required"). */
export const EN_NOT_NAMES = new Set(
  (
    'Sir Madam Madame Sirs Customer Customers Client Team All Everyone Everybody There Friend Friends Colleague ' +
    'Colleagues User Users Member Members Valued Guest Guests Admin Administrator Support Manager Hiring Applicant ' +
    'Candidate Partner Partners Folks Guys Reader Readers Subscriber Owner Holder Patient Doctor Required Optional ' +
    'Unknown None Null Not Please Enter Your The N/A Anonymous Redacted Hidden Test Sample Example Account Card ' +
    'Name Phone Email Mobile Address Date Number Tel Fax Id Of And Or To On At For From In Is'
  ).split(' '),
);
