/**
 * First-order regions and well-known conflict regions of South, East and Southeast Asia and of
 * Australia that English news names without their country. Facts, written here; centres approximate (0.1°).
 * Myanmar's ethnic states whose bare name is also a word or a given name (Shan, Karen, Chin, Mon)
 * are listed only with "State".
 */
import { regionsOf, type Region } from './region.js';

export const ASIA_PACIFIC_REGIONS: readonly Region[] = Object.freeze([
  ...regionsOf('AUS', [
    ['New South Wales', -32.0, 147.0], ['Queensland', -22.6, 144.1], ['Tasmania', -42.0, 146.6], ['Western Australia', -25.0, 122.0],
    ['South Australia', -30.0, 135.0], ['Northern Territory', -19.4, 133.4],
  ]),
  ...regionsOf('IND', [
    ['Uttar Pradesh', 26.8, 80.9], ['Maharashtra', 19.7, 75.7], ['Punjab', 31.1, 75.3], ['Kashmir', 34.1, 74.8], ['Kerala', 10.9, 76.3],
    ['Gujarat', 22.3, 71.2], ['Bihar', 25.1, 85.3], ['West Bengal', 22.9, 87.9], ['Tamil Nadu', 11.1, 78.7], ['Rajasthan', 27.0, 74.2],
    ['Haryana', 29.1, 76.1], ['Jammu and Kashmir', 33.5, 75.3], ['Ladakh', 34.2, 77.6], ['Assam', 26.2, 92.9], ['Manipur', 24.7, 93.9],
    ['Nagaland', 26.2, 94.6], ['Mizoram', 23.2, 92.9], ['Meghalaya', 25.5, 91.4], ['Tripura', 23.9, 91.9], ['Arunachal Pradesh', 28.2, 94.7],
    ['Sikkim', 27.5, 88.5], ['Odisha', 20.9, 85.1], ['Orissa', 20.9, 85.1], ['Jharkhand', 23.6, 85.3], ['Chhattisgarh', 21.3, 81.9],
    ['Madhya Pradesh', 22.9, 78.7], ['Andhra Pradesh', 15.9, 79.7], ['Telangana', 18.1, 79.0], ['Karnataka', 15.3, 75.7], ['Goa', 15.3, 74.1],
    ['Himachal Pradesh', 31.1, 77.2], ['Uttarakhand', 30.1, 79.0],
  ]),
  ...regionsOf('PAK', [
    // Balochistan is the Pakistani province; Iran's side is "Sistan and Baluchestan" (middle-east.ts).
    ['Sindh', 25.9, 68.5], ['Balochistan', 28.5, 65.1], ['Baluchistan', 28.5, 65.1], ['Khyber Pakhtunkhwa', 34.5, 72.0],
    ['North-West Frontier Province', 34.5, 72.0], ['Federally Administered Tribal Areas', 33.0, 70.3], ['Waziristan', 32.5, 69.8],
    ['North Waziristan', 32.9, 70.0], ['South Waziristan', 32.3, 69.7], ['Gilgit-Baltistan', 35.8, 74.9], ['Azad Kashmir', 33.9, 73.8],
    ['Swat Valley', 35.2, 72.5],
  ]),
  ...regionsOf('AFG', [
    ['Helmand', 31.0, 64.1], ['Nangarhar', 34.2, 70.6], ['Kunar', 34.8, 71.1], ['Paktia', 33.7, 69.4], ['Paktika', 32.3, 68.8],
    ['Uruzgan', 32.9, 66.6], ['Oruzgan', 32.9, 66.6], ['Zabul', 32.2, 67.2], ['Badakhshan', 36.7, 71.6], ['Panjshir', 35.4, 69.7],
    ['Logar', 34.0, 69.2], ['Wardak', 34.3, 68.3], ['Nuristan', 35.3, 70.9], ['Takhar', 36.7, 69.5], ['Badghis', 35.2, 63.8],
    ['Faryab', 36.1, 64.8], ['Jowzjan', 36.8, 66.0], ['Kapisa', 34.9, 69.6], ['Laghman', 34.7, 70.1], ['Ghor', 34.1, 64.9],
  ]),
  ...regionsOf('BGD', [['Chittagong Hill Tracts', 22.6, 92.2]]),
  ...regionsOf('MMR', [
    ['Rakhine', 19.8, 94.0], ['Rakhine State', 19.8, 94.0], ['Arakan', 19.8, 94.0], ['Shan State', 21.3, 97.8], ['Kachin', 26.0, 97.6],
    ['Kachin State', 26.0, 97.6], ['Karen State', 17.0, 97.8], ['Kayin', 17.0, 97.8], ['Chin State', 22.0, 93.5], ['Mon State', 16.3, 97.7],
  ]),
  ...regionsOf('CHN', [
    ['Guangdong', 23.4, 113.4], ['Guangxi', 23.8, 108.8], ['Hubei', 30.9, 112.3], ['Hunan', 27.6, 111.7], ['Henan', 33.9, 113.5],
    ['Hebei', 38.9, 115.5], ['Shandong', 36.4, 118.5], ['Shanxi', 37.6, 112.3], ['Shaanxi', 35.2, 108.9], ['Sichuan', 30.6, 102.7],
    ['Yunnan', 25.0, 101.5], ['Guizhou', 26.8, 106.9], ['Fujian', 26.1, 118.0], ['Zhejiang', 29.2, 120.1], ['Jiangsu', 33.1, 119.8],
    ['Jiangxi', 27.6, 115.7], ['Anhui', 31.8, 117.2], ['Liaoning', 41.3, 122.6], ['Heilongjiang', 47.9, 127.8], ['Hainan', 19.2, 109.7],
    ['Gansu', 37.8, 101.0], ['Qinghai', 35.7, 96.0], ['Ningxia', 37.3, 106.2], ['Inner Mongolia', 44.0, 113.0], ['Xinjiang', 41.5, 85.0],
    ['Tibet', 31.6, 88.0],
  ]),
  ...regionsOf('JPN', [['Hokkaido', 43.4, 142.8], ['Honshu', 36.0, 138.0], ['Kyushu', 32.8, 130.8], ['Shikoku', 33.7, 133.5]]),
  ...regionsOf('IDN', [
    ['Aceh', 4.5, 96.8], ['Papua', -4.3, 138.1], ['West Papua', -1.3, 133.2], ['Sumatra', -0.5, 101.5],
    ['Sulawesi', -2.0, 121.0], ['Kalimantan', -0.5, 114.5], ['Maluku', -3.2, 130.1], ['Moluccas', -3.2, 130.1], ['Lombok', -8.6, 116.3],
    ['Bali', -8.4, 115.2], ['East Java', -7.6, 112.2], ['West Java', -6.9, 107.6], ['Central Java', -7.2, 110.1], ['Riau', 0.5, 101.4],
  ]),
  ...regionsOf('PHL', [['Mindanao', 8.0, 125.0], ['Luzon', 16.0, 121.0], ['Visayas', 11.0, 123.5], ['Bangsamoro', 7.2, 124.2], ['Basilan', 6.6, 122.0]]),
]);
